import type { AccessPlan } from "./accessPlan";

/**
 * Whether an engagement can act in AWS at all. With IAM users: only with a
 * console password or access keys, since without either its user cannot sign
 * in. Under Identity Center the access portal is always the console, so what
 * counts is whether a permission set is assigned: the engagement's own (data
 * or shared secrets) or production's.
 */
export function hasAwsAccess(plan: AccessPlan): boolean {
  if (plan.identity.backend === "identity-center") return hasGrantsInAccount(plan) || plan.production !== undefined;
  return plan.aws.console || plan.aws.accessKeys;
}

/**
 * Whether an engagement grants anything in the account outside production:
 * data or shared secrets. Under Identity Center exactly these engagements get
 * a permission set of their own (production has its own set); the plan, the
 * alerts, the onboarding, the review and the offboarding checklist all ask it here.
 */
export function hasGrantsInAccount(plan: AccessPlan): boolean {
  return plan.data !== undefined || plan.sharedSecrets !== undefined;
}
