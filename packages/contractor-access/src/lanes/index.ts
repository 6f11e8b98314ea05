export type {
  AccessPlan,
  CodeLanePlan,
  DataLanePlan,
  GrantedRepositoryPermission,
  ProductionLanePlan,
  SharedSecretsPlan,
} from "./accessPlan";
export { deriveAccessPlan } from "./deriveAccessPlan";
export { type EngagementNames, engagementNames } from "./engagementNames";
export {
  accessPolicyDocument,
  boundaryPolicyDocument,
  type EngagementArns,
  productionPermissionPolicy,
  productionTrustPolicy,
} from "./engagementPolicies";
