export { ContractorEngagement, type ContractorEngagementArgs } from "./ContractorEngagement";
export type { EngagementCredentials } from "./engagementCredentials";
export { type KeyRotationPeriod, keyRotationPeriod } from "./keyRotationPeriod";
