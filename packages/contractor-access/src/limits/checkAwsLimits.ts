import { checkIamResource } from "./checkIamResource";
import type { IamQuotas } from "./iamQuotas";
import { resolveIamQuotas } from "./iamQuotas";
import { checkIdentityStoreUserName, checkPermissionSet } from "./identityCenter";
import { checkInlinePolicies } from "./inlinePolicyTotals";
import type { LimitViolation } from "./limitViolation";
import type { PlannedAwsResource, PlannedIamResource } from "./plannedResources";
import { checkS3BucketName, checkS3KeyPrefix } from "./s3Names";
import { checkSecretArn } from "./secretArn";

const IAM_KINDS: ReadonlySet<PlannedAwsResource["kind"]> = new Set([
  "user",
  "role",
  "group",
  "managedPolicy",
  "inlinePolicy",
]);

const KIND_LABEL = { user: "IAM user", role: "IAM role", group: "IAM group", managedPolicy: "managed policy" } as const;

// IAM API reference, CreateUser and others: names are unique per account
// and kind, and "are not distinguished by case".
function checkUniqueNames(resources: readonly PlannedIamResource[]): LimitViolation[] {
  const first = new Map<string, string>();
  const violations: LimitViolation[] = [];
  for (const resource of resources) {
    if (resource.kind === "inlinePolicy") continue;
    const key = `${resource.kind}:${resource.name.toLowerCase()}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, resource.logicalName);
      continue;
    }
    violations.push({
      resource: resource.logicalName,
      limit: "iam-name-unique",
      allowed: 1,
      actual: resource.name,
      message: `${KIND_LABEL[resource.kind]} name ${resource.name} is also planned for ${earlier}; IAM names are unique per account regardless of case`,
    });
  }
  return violations;
}

/**
 * Checks a whole planned set of AWS resources against the limits AWS
 * enforces and returns every violation at once, in plan order, never
 * throwing on bad data. `quotas` are the account's adjustable IAM quotas;
 * leave them out to assume AWS's defaults. A quota AWS cannot grant is
 * itself reported (resource `quotas`).
 *
 * @example
 * checkAwsLimits([
 *   { kind: "user", logicalName: "contractor-x", name: "contractor-x", inlinePolicies: [{ name: "access", document }] },
 * ]); // [] when the access policy fits in 2,048 characters
 */
export function checkAwsLimits(
  resources: readonly PlannedAwsResource[],
  quotas: Partial<IamQuotas> = {},
): LimitViolation[] {
  const resolved = resolveIamQuotas(quotas);
  const iam = resources.filter((resource): resource is PlannedIamResource => IAM_KINDS.has(resource.kind));
  const violations = [...resolved.violations];
  for (const resource of resources) {
    if (resource.kind === "secretReference") violations.push(...checkSecretArn(resource.arn, resource.logicalName));
    else if (resource.kind === "permissionSet") violations.push(...checkPermissionSet(resource, resource.logicalName));
    else if (resource.kind === "identityStoreUser")
      violations.push(...checkIdentityStoreUserName(resource.userName, resource.logicalName));
    else if (resource.kind === "s3Location")
      violations.push(
        ...checkS3BucketName(resource.bucket, resource.logicalName),
        ...checkS3KeyPrefix(resource.prefix, resource.logicalName),
      );
    else violations.push(...checkIamResource(resource, resolved.quotas));
  }
  violations.push(...checkInlinePolicies(iam), ...checkUniqueNames(iam));
  return violations;
}
