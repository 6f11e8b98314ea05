export type {
  AccessPlan,
  CodeLanePlan,
  DataLanePlan,
  GrantedRepositoryPermission,
  ProductionLanePlan,
  SharedSecretsPlan,
} from "./accessPlan";
export {
  type AwsResourcePlan,
  awsResourcePlan,
  type ManagedPolicyPlan,
  type ProductionRolePlan,
  productionRoleArnPattern,
} from "./awsResourcePlan";
export { deriveAccessPlan } from "./deriveAccessPlan";
export { type EngagementNames, engagementNames } from "./engagementNames";
export {
  attributableSessionConditions,
  type EngagementArns,
  grantStatements,
  guardStatements,
  productionPermissionPolicy,
  productionTrustPolicy,
  selfServiceStatements,
} from "./engagementPolicies";
export { engagementTags } from "./engagementTags";
export { githubTeamDescription } from "./githubTeamDescription";
export { type BoundaryPrecision, type UserPolicyLayout, userPolicyLayout } from "./userPolicyLayout";
