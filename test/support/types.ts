/** The Pulumi type tokens the component declares. */
export const TYPES = {
  engagement: "contractor-access:index:ContractorEngagement",
  user: "aws:iam/user:User",
  policy: "aws:iam/policy:Policy",
  userPolicy: "aws:iam/userPolicy:UserPolicy",
  userPolicyAttachment: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
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
  eventRule: "aws:cloudwatch/eventRule:EventRule",
  eventTarget: "aws:cloudwatch/eventTarget:EventTarget",
  topic: "aws:sns/topic:Topic",
  topicPolicy: "aws:sns/topicPolicy:TopicPolicy",
  topicSubscription: "aws:sns/topicSubscription:TopicSubscription",
} as const;

/** The Pulumi type tokens of the Identity Center backend (`identity: identity-center`). */
export const IDENTITY_CENTER_TYPES = {
  user: "aws:identitystore/user:User",
  permissionSet: "aws:ssoadmin/permissionSet:PermissionSet",
  inlinePolicy: "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
  boundaryAttachment: "aws:ssoadmin/permissionsBoundaryAttachment:PermissionsBoundaryAttachment",
  assignment: "aws:ssoadmin/accountAssignment:AccountAssignment",
} as const;
