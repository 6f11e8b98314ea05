export { organizationMembers } from "./organizationMembers";
export { type ProvisioningDecision, provisioningDecision } from "./provisioningDecision";
export { pushedRepositories } from "./pushedRepositories";
export { NOW_VARIABLE, resolveNow } from "./resolveNow";
export { type DueReview, type ReviewSchedule, reviewSchedule, reviewsDueWithin } from "./reviewSchedule";
export { type SharedSecretRotationPlan, sharedSecretRotationPlans } from "./sharedSecretRotationPlans";
