// A model of the API calls one sweep makes, per provider resource type, so
// that BENCHMARKS.md can set a sweep at 10-1000 engagements against GitHub's
// REST budget (5,000 requests an hour for a token or an App installation).
// The mock engine makes no call, so these are counted from the providers'
// source, not measured; each entry names where its figure comes from.

/** Calls one resource of a type costs, per operation. */
export interface ResourceCalls {
  readonly api: "github" | "iam";
  /** Reading it back (`refresh`, and once after every create). */
  readonly read: number;
  /** Creating it, the read that follows included. */
  readonly create: number;
  /** Deleting it. */
  readonly delete: number;
  /** Where the figure comes from. */
  readonly source: string;
}

const TF_GITHUB = "integrations/terraform-provider-github (bridged by @pulumi/github)";
const TF_AWS = "hashicorp/terraform-provider-aws internal/service/iam (bridged by @pulumi/aws)";

/** Calls per resource type, from the providers' Read/Create/Delete functions. */
export const RESOURCE_CALLS: Readonly<Record<string, ResourceCalls>> = {
  "github:index/team:Team": {
    api: "github",
    read: 1,
    create: 4,
    delete: 1,
    source: `${TF_GITHUB} resource_github_team.go: read GetTeamByID; create CreateTeam, a GraphQL query and RemoveTeamMembershipBySlug for the default maintainer, then the read`,
  },
  "github:index/teamRepository:TeamRepository": {
    api: "github",
    read: 1,
    create: 2,
    delete: 1,
    source: `${TF_GITHUB} resource_github_team_repository.go: read IsTeamRepoByID; create AddTeamRepoByID then the read (the team id is numeric, so getTeamID makes no call); delete RemoveTeamRepoByID`,
  },
  "github:index/teamMembership:TeamMembership": {
    api: "github",
    read: 1,
    create: 2,
    delete: 1,
    source: `${TF_GITHUB} resource_github_team_membership.go: read GetTeamMembershipByID; create AddTeamMembershipByID then the read`,
  },
  "github:index/membership:Membership": {
    api: "github",
    read: 2,
    create: 3,
    delete: 1,
    source: `${TF_GITHUB} resource_github_membership.go: read GetOrgMembership, and in recent versions a user lookup from the id in state; create EditOrgMembership then the read; delete RemoveOrgMembership`,
  },
  "aws:iam/user:User": {
    api: "iam",
    read: 1,
    create: 2,
    delete: 9,
    source: `${TF_AWS} user.go: read GetUser; delete with forceDestroy lists and removes keys, login profile, MFA devices, SSH keys, service credentials, signing certificates and policies before DeleteUser`,
  },
  "aws:iam/policy:Policy": {
    api: "iam",
    read: 3,
    create: 4,
    delete: 2,
    source: `${TF_AWS} policy.go: read GetPolicy, GetPolicyVersion, ListPolicyTags; delete ListPolicyVersions, DeletePolicy`,
  },
  "aws:iam/userPolicy:UserPolicy": {
    api: "iam",
    read: 1,
    create: 2,
    delete: 1,
    source: `${TF_AWS} user_policy.go: read GetUserPolicy`,
  },
  "aws:iam/userPolicyAttachment:UserPolicyAttachment": {
    api: "iam",
    read: 1,
    create: 2,
    delete: 1,
    source: `${TF_AWS} user_policy_attachment.go: read ListAttachedUserPolicies`,
  },
  "aws:iam/userLoginProfile:UserLoginProfile": {
    api: "iam",
    read: 1,
    create: 2,
    delete: 1,
    source: `${TF_AWS} user_login_profile.go: read GetLoginProfile`,
  },
  "aws:iam/accessKey:AccessKey": {
    api: "iam",
    read: 1,
    create: 2,
    delete: 1,
    source: `${TF_AWS} access_key.go: read ListAccessKeys`,
  },
  "aws:iam/role:Role": {
    api: "iam",
    read: 3,
    create: 4,
    delete: 4,
    source: `${TF_AWS} role.go: read GetRole, ListRolePolicies, ListAttachedRolePolicies; delete lists and detaches policies first`,
  },
  "aws:iam/rolePolicy:RolePolicy": {
    api: "iam",
    read: 1,
    create: 2,
    delete: 1,
    source: `${TF_AWS} role_policy.go: read GetRolePolicy`,
  },
};

/** GitHub calls a provider makes once per run before any resource: the owner lookup in its configure step. */
export const GITHUB_CALLS_PER_RUN = 1;

/** The calls of one sweep, per API. */
export interface SweepCalls {
  readonly github: number;
  readonly iam: number;
}

/**
 * The calls one `pulumi up` makes for `resources` (count by type): with
 * `refresh`, one read of every resource; plus, for each resource created or
 * deleted in that sweep, its create or delete. Types not in
 * {@link RESOURCE_CALLS} (components, random values, Secrets Manager) call
 * neither GitHub nor IAM.
 *
 * @example
 * sweepCalls(new Map([["github:index/team:Team", 100]]), { refresh: true, created: new Map(), deleted: new Map() });
 * // { github: 101, iam: 0 }
 */
export function sweepCalls(
  resources: ReadonlyMap<string, number>,
  change: { refresh: boolean; created: ReadonlyMap<string, number>; deleted: ReadonlyMap<string, number> },
): SweepCalls {
  const total = { github: GITHUB_CALLS_PER_RUN, iam: 0 };
  const add = (counts: ReadonlyMap<string, number>, operation: "read" | "create" | "delete") => {
    for (const [type, count] of counts) {
      const calls = RESOURCE_CALLS[type];
      if (calls) total[calls.api] += calls[operation] * count;
    }
  };
  if (change.refresh) add(resources, "read");
  add(change.created, "create");
  add(change.deleted, "delete");
  return total;
}
