export { productionRoleArnPattern } from "./awsIdentity";
export { ContractorEngagement, type ContractorEngagementArgs } from "./ContractorEngagement";
export type { EngagementCredentials } from "./engagementCredentials";
export { engagementTags } from "./engagementTags";
export { type KeyRotationPeriod, keyRotationPeriod } from "./keyRotationPeriod";
