import { checkPolicyDocument } from "./checkPolicyDocument";
import { checkIamDescription, checkRoleMaxSessionDuration } from "./iamDescription";
import { checkIamName, checkIamPath, type IamEntityKind } from "./iamNames";
import {
  ACCESS_KEYS_PER_USER_MAX,
  IAM_QUOTA_RANGES,
  type IamQuotas,
  MANAGED_POLICIES_PER_GROUP,
  MANAGED_POLICY_CHARACTERS_MAX,
} from "./iamQuotas";
import { formatCount, type LimitViolation } from "./limitViolation";
import type { PlannedIamResource } from "./plannedResources";
import { checkTags } from "./tags";

const ENTITY_KIND = {
  user: "IAM user",
  role: "IAM role",
  group: "IAM group",
  managedPolicy: "managed policy",
} as const;

function raisableNote(quota: number, range: { readonly default: number; readonly max: number }): string {
  return quota === range.default ? ` (the default quota, raisable to ${formatCount(range.max)})` : "";
}

function attachedLimit(kind: "user" | "role" | "group", quotas: IamQuotas): { max: number; note: string } {
  if (kind === "group") return { max: MANAGED_POLICIES_PER_GROUP, note: "" };
  const range = kind === "user" ? IAM_QUOTA_RANGES.managedPoliciesPerUser : IAM_QUOTA_RANGES.managedPoliciesPerRole;
  const max = kind === "user" ? quotas.managedPoliciesPerUser : quotas.managedPoliciesPerRole;
  return { max, note: raisableNote(max, range) };
}

function countViolation(
  resource: string,
  limit: string,
  actual: number,
  max: number,
  sentence: string,
): LimitViolation[] {
  return actual > max ? [{ resource, limit, allowed: max, actual, message: sentence }] : [];
}

/**
 * Checks one planned IAM user, role, group or managed policy on its own:
 * name, path, description, tags, managed policy size, trust policy,
 * attachments, access keys and session duration. Inline policies are
 * checked across the whole plan by `checkInlinePolicies`, since their limit
 * is a total per holder.
 *
 * @example
 * checkIamResource({ kind: "user", logicalName: "x", name: "contractor-x", accessKeys: 3 }, DEFAULT_IAM_QUOTAS)[0]?.limit; // "iam-access-keys-per-user"
 */
export function checkIamResource(planned: PlannedIamResource, quotas: IamQuotas): LimitViolation[] {
  if (planned.kind === "inlinePolicy") return [];
  const kind: IamEntityKind = ENTITY_KIND[planned.kind];
  const resource = planned.logicalName;
  const owner = `${kind} ${planned.name}`;
  const violations = [...checkIamName(kind, planned.name, resource)];
  if (planned.path !== undefined) violations.push(...checkIamPath(kind, planned.path, resource));
  if (planned.kind !== "group" && planned.tags !== undefined)
    violations.push(...checkTags(planned.tags, owner, resource));
  if (planned.kind === "managedPolicy") {
    if (planned.description !== undefined)
      violations.push(...checkIamDescription(planned.description, owner, resource));
    const label = owner;
    const max = MANAGED_POLICY_CHARACTERS_MAX;
    violations.push(
      ...checkPolicyDocument(planned.document, {
        label,
        resource,
        maxCharacters: max,
        limit: "iam-managed-policy-size",
      }).violations,
    );
    return violations;
  }
  const attached = planned.attachedManagedPolicies ?? 0;
  const { max, note } = attachedLimit(planned.kind, quotas);
  violations.push(
    ...countViolation(
      resource,
      `iam-managed-policies-per-${planned.kind}`,
      attached,
      max,
      `${owner} has ${attached} managed policies attached; IAM allows ${max} per ${planned.kind}${note}`,
    ),
  );
  if (planned.kind === "user") {
    const keys = planned.accessKeys ?? 0;
    violations.push(
      ...countViolation(
        resource,
        "iam-access-keys-per-user",
        keys,
        ACCESS_KEYS_PER_USER_MAX,
        `${owner} has ${keys} access keys at once; IAM allows ${ACCESS_KEYS_PER_USER_MAX} per user, so rotation must delete the old key before creating a third`,
      ),
    );
  }
  if (planned.kind === "role") {
    if (planned.description !== undefined)
      violations.push(...checkIamDescription(planned.description, owner, resource));
    if (planned.maxSessionDuration !== undefined)
      violations.push(...checkRoleMaxSessionDuration(planned.maxSessionDuration, owner, resource));
    const trustMax = quotas.roleTrustPolicyCharacters;
    violations.push(
      ...checkPolicyDocument(planned.trustPolicy, {
        label: `trust policy of ${owner}`,
        resource,
        maxCharacters: trustMax,
        limit: "iam-role-trust-policy-size",
        quotaNote: raisableNote(trustMax, IAM_QUOTA_RANGES.roleTrustPolicyCharacters),
      }).violations,
    );
  }
  return violations;
}
