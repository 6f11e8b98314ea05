import { checkPolicyDocument } from "./checkPolicyDocument";
import { checkIamName } from "./iamNames";
import {
  GROUP_INLINE_POLICIES_CHARACTERS_MAX,
  ROLE_INLINE_POLICIES_CHARACTERS_MAX,
  USER_INLINE_POLICIES_CHARACTERS_MAX,
} from "./iamQuotas";
import { formatCount, type LimitViolation } from "./limitViolation";
import type { PlannedIamResource, PlannedInlinePolicyDocument } from "./plannedResources";

type HolderKind = "user" | "role" | "group";

// IAM quotas: all inline policies of one holder together, whitespace not counted.
const TOTAL_MAX: Record<HolderKind, number> = {
  user: USER_INLINE_POLICIES_CHARACTERS_MAX,
  role: ROLE_INLINE_POLICIES_CHARACTERS_MAX,
  group: GROUP_INLINE_POLICIES_CHARACTERS_MAX,
};

interface Holder {
  kind: HolderKind;
  name: string;
  resource: string;
  policies: { policy: PlannedInlinePolicyDocument; resource: string }[];
}

// IAM names are not case-sensitive, so "Contractor-X" and "contractor-x" are one holder.
const holderKey = (kind: HolderKind, name: string) => `${kind}:${name.toLowerCase()}`;

function collectHolders(resources: readonly PlannedIamResource[]): Holder[] {
  const holders = new Map<string, Holder>();
  const holderFor = (kind: HolderKind, name: string, resource: string) => {
    const key = holderKey(kind, name);
    const holder = holders.get(key) ?? { kind, name, resource, policies: [] };
    holders.set(key, holder);
    return holder;
  };
  for (const resource of resources) {
    if (resource.kind === "user" || resource.kind === "role" || resource.kind === "group") {
      const holder = holderFor(resource.kind, resource.name, resource.logicalName);
      for (const policy of resource.inlinePolicies ?? [])
        holder.policies.push({ policy, resource: resource.logicalName });
    }
  }
  for (const resource of resources) {
    if (resource.kind !== "inlinePolicy") continue;
    holderFor(resource.holder.kind, resource.holder.name, resource.logicalName).policies.push({
      policy: resource,
      resource: resource.logicalName,
    });
  }
  return [...holders.values()];
}

/**
 * Checks every inline policy of a plan, grouped by the user, role or group
 * that holds it, whether declared with its holder or as a resource of its
 * own: each one's name and document, names unique per holder, and the total
 * size of each holder's inline policies (IAM quotas: 2,048 characters per
 * user, 10,240 per role, 5,120 per group, whitespace not counted).
 *
 * @example
 * checkInlinePolicies([{ kind: "user", logicalName: "x", name: "contractor-x", inlinePolicies: [] }]); // []
 */
export function checkInlinePolicies(resources: readonly PlannedIamResource[]): LimitViolation[] {
  const violations: LimitViolation[] = [];
  for (const holder of collectHolders(resources)) {
    const holderLabel = `IAM ${holder.kind} ${holder.name}`;
    let total = 0;
    const seen = new Set<string>();
    for (const { policy, resource } of holder.policies) {
      const label = `inline policy ${policy.name} of ${holderLabel}`;
      violations.push(...checkIamName("inline policy", policy.name, resource));
      if (seen.has(policy.name.toLowerCase())) {
        violations.push({
          resource,
          limit: "iam-inline-policy-name-unique",
          allowed: 1,
          actual: policy.name,
          message: `${holderLabel} has two inline policies named ${policy.name}; IAM keeps one per name, so the second replaces the first`,
        });
      }
      seen.add(policy.name.toLowerCase());
      const checked = checkPolicyDocument(policy.document, { label, resource });
      violations.push(...checked.violations);
      total += checked.characters ?? 0;
    }
    const max = TOTAL_MAX[holder.kind];
    if (total > max) {
      violations.push({
        resource: holder.resource,
        limit: `iam-inline-policies-per-${holder.kind}`,
        allowed: max,
        actual: total,
        message: `inline policies of ${holderLabel} total ${formatCount(total)} characters; IAM allows ${formatCount(max)} per ${holder.kind}`,
      });
    }
  }
  return violations;
}
