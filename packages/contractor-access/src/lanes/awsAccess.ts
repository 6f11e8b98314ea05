import type { AccessPlan } from "./accessPlan";

/**
 * Whether an engagement can act in AWS at all. With IAM users: only with a
 * console password or access keys, since without either its user cannot sign
 * in. Under Identity Center the access portal is always the console, so what
 * counts is whether a permission set is assigned: the engagement's own (data
 * or shared secrets) or production's.
 */
export function hasAwsAccess(plan: AccessPlan): boolean {
  if (plan.identity.backend === "identity-center") {
    return plan.data !== undefined || plan.sharedSecrets !== undefined || plan.production !== undefined;
  }
  return plan.aws.console || plan.aws.accessKeys;
}
