import type { StackSettings } from "../engagement/stackSettingsSchema";
import type { AccessPlan } from "../lanes/accessPlan";
import type { IdentityCenterResourcePlan, PermissionSetPlan } from "../lanes/awsResourcePlan";
import { githubTeamDescription } from "../lanes/githubTeamDescription";
import { checkAwsLimits } from "../limits/checkAwsLimits";
import { checkGithubLimits, type PlannedGithubResource } from "../limits/checkGithubLimits";
import type { LimitViolation } from "../limits/limitViolation";
import type { PlannedAwsResource } from "../limits/plannedResources";
import type { Diagnostic } from "./diagnostic";
import type { ValidatedEngagement } from "./validatedEngagement";

// The user's ARN is known only once it exists: count the trust policy with
// the longest ARN it can have (the aws-us-gov partition), so the check is never short.
const userArnOfLongestForm = (path: string, user: string) => `arn:aws-us-gov:iam::123456789012:user${path}${user}`;

/** What an engagement reads in S3 and Secrets Manager, whatever its identity backend. */
function referencedLocations(plan: AccessPlan): PlannedAwsResource[] {
  return [
    ...(plan.data?.datasets ?? []).map(
      ({ name, bucket, prefix }): PlannedAwsResource => ({
        kind: "s3Location",
        logicalName: `dataset ${name}`,
        bucket,
        prefix,
      }),
    ),
    ...(plan.sharedSecrets?.secrets ?? []).map(
      ({ name, arn }): PlannedAwsResource => ({ kind: "secretReference", logicalName: `shared secret ${name}`, arn }),
    ),
  ];
}

/** The permission sets, their boundaries in the account, and the person's user, as the limits model describes them. */
function plannedIdentityCenterResources(plan: AccessPlan, resources: IdentityCenterResourcePlan): PlannedAwsResource[] {
  const path = plan.names.iamPath;
  const { tags, permissionSet, productionPermissionSet, identity } = resources;
  const sets = [permissionSet, productionPermissionSet].filter((set): set is PermissionSetPlan => set !== undefined);
  return [
    ...sets.flatMap((set): PlannedAwsResource[] => [
      { kind: "permissionSet", logicalName: set.name, ...set },
      { kind: "managedPolicy", logicalName: set.boundary.name, ...set.boundary, path, tags },
    ]),
    ...(identity.adoptedUserId === undefined
      ? [{ kind: "identityStoreUser" as const, logicalName: `user ${identity.userName}`, userName: identity.userName }]
      : []),
    ...referencedLocations(plan),
  ];
}

/** Every AWS resource the component declares for an engagement, as the limits model describes them. */
function plannedAwsResources({ plan, awsResources }: ValidatedEngagement): PlannedAwsResource[] {
  if (awsResources.backend === "identity-center") return plannedIdentityCenterResources(plan, awsResources);
  const { names } = plan;
  const path = names.iamPath;
  const { tags, boundary, grants, productionRole } = awsResources;
  return [
    { kind: "managedPolicy", logicalName: boundary.name, ...boundary, path, tags },
    {
      kind: "user",
      logicalName: names.iamUser,
      name: names.iamUser,
      path,
      tags,
      attachedManagedPolicies: grants.length,
      // A rotation creates the new key before it deletes the old one.
      accessKeys: plan.aws.accessKeys ? 2 : 0,
    },
    ...grants.map(
      (grant): PlannedAwsResource => ({ kind: "managedPolicy", logicalName: grant.name, ...grant, path, tags }),
    ),
    ...(productionRole
      ? [
          {
            kind: "role" as const,
            logicalName: productionRole.name,
            name: productionRole.name,
            path,
            tags,
            description: productionRole.description,
            maxSessionDuration: productionRole.maxSessionDuration,
            trustPolicy: productionRole.trustPolicy(userArnOfLongestForm(path, names.iamUser)),
            inlinePolicies: [{ name: productionRole.permissionPolicyName, document: productionRole.permissionPolicy }],
          },
          {
            kind: "managedPolicy" as const,
            logicalName: productionRole.boundary.name,
            ...productionRole.boundary,
            path,
            tags,
          },
        ]
      : []),
    ...referencedLocations(plan),
  ];
}

/** Every GitHub resource the component declares for an engagement. */
function plannedGithubResources({ plan }: ValidatedEngagement): PlannedGithubResource[] {
  const { code, names } = plan;
  if (!code) return [];
  return [
    { kind: "team", logicalName: names.githubTeam, name: names.githubTeam, description: githubTeamDescription(plan) },
    ...code.repositories.map(
      ({ name }): PlannedGithubResource => ({
        kind: "repositoryAccess",
        logicalName: `repository ${name}`,
        repository: name,
      }),
    ),
    { kind: "membership", logicalName: `member ${code.githubUsername}`, username: code.githubUsername },
  ];
}

// The field a person changes to fix a violation of each kind of resource.
function fieldOf(violation: LimitViolation, engagement: ValidatedEngagement): PropertyKey[] {
  const { resource } = violation;
  if (resource.startsWith("dataset ")) return ["lanes", "data", "datasets"];
  if (resource.startsWith("shared secret ")) return ["sharedSecrets"];
  if (resource.startsWith("repository ")) return ["lanes", "code", "repositories"];
  if (resource.startsWith("member ")) return ["contractor", "github"];
  const { names } = engagement.plan;
  if (resource === names.productionRole || resource === names.productionPermissionSet) return ["lanes", "production"];
  if (resource.startsWith("user ")) return ["contractor", "email"];
  return ["lanes"];
}

/**
 * Checks every resource an engagement would declare against the limits AWS
 * IAM, S3, Secrets Manager and GitHub enforce, with the stack's IAM quotas,
 * and returns one error per violation naming the resource, the limit and the
 * actual figure: what validates is what `pulumi up` can create.
 *
 * @example
 * serviceLimitProblems(validated, settings); // [] for an engagement that fits
 */
export function serviceLimitProblems(engagement: ValidatedEngagement, settings: StackSettings): Diagnostic[] {
  const violations = [
    ...checkAwsLimits(plannedAwsResources(engagement), settings.iamQuotas),
    ...checkGithubLimits(plannedGithubResources(engagement)),
  ];
  return violations.map((violation) => ({
    file: engagement.file,
    path: fieldOf(violation, engagement),
    severity: "error",
    message: `${violation.message} (resource ${violation.resource}, limit ${violation.limit})`,
  }));
}

/**
 * Permission set names are unique in an Identity Center instance. Names
 * longer than 32 characters end in six hex digits of the id's SHA-256, which
 * a crafted id could match: the instance would refuse the second set at
 * `pulumi up`, so both engagements are refused here, each naming the other.
 *
 * @example
 * permissionSetNameClashes(planned); // [] when every name is unique
 */
export function permissionSetNameClashes(engagements: readonly ValidatedEngagement[]): Diagnostic[] {
  const holders = new Map<string, ValidatedEngagement[]>();
  for (const engagement of engagements) {
    if (engagement.awsResources.backend !== "identity-center") continue;
    const { names } = engagement.plan;
    for (const name of [names.permissionSet, names.productionPermissionSet]) {
      holders.set(name, [...(holders.get(name) ?? []), engagement]);
    }
  }
  return [...holders].flatMap(([name, sharing]) =>
    sharing.length < 2
      ? []
      : sharing.map(
          (engagement): Diagnostic => ({
            file: engagement.file,
            path: ["id"],
            severity: "error",
            message: `the Identity Center permission set name ${name} of id ${engagement.engagement.id} is also that of ${sharing
              .filter((other) => other !== engagement)
              .map((other) => `engagement "${other.engagement.id}" (${other.file})`)
              .join(
                ", ",
              )}: long ids are cut to fit 32 characters and end in a hash, and both end in the same one; permission set names are unique in the instance, so choose another id (resource ${name}, limit identity-center-permission-set-name-unique)`,
          }),
        ),
  );
}
