/** The Pulumi type tokens the component declares. */
export const TYPES = {
  engagement: "contractor-access:index:ContractorEngagement",
  user: "aws:iam/user:User",
  policy: "aws:iam/policy:Policy",
  userPolicy: "aws:iam/userPolicy:UserPolicy",
  loginProfile: "aws:iam/userLoginProfile:UserLoginProfile",
  accessKey: "aws:iam/accessKey:AccessKey",
  role: "aws:iam/role:Role",
  rolePolicy: "aws:iam/rolePolicy:RolePolicy",
  team: "github:index/team:Team",
  teamRepository: "github:index/teamRepository:TeamRepository",
  teamMembership: "github:index/teamMembership:TeamMembership",
  membership: "github:index/membership:Membership",
  ruleset: "github:index/repositoryRuleset:RepositoryRuleset",
  randomPassword: "random:index/randomPassword:RandomPassword",
  secretVersion: "aws:secretsmanager/secretVersion:SecretVersion",
  sharedSecretRotation: "contractor-access:index:SharedSecretRotation",
} as const;
