export { defineEngagement } from "./defineEngagement";
export { isInternalEmail } from "./emailDomain";
export {
  type Engagement,
  type EngagementInput,
  engagementSchema,
  type RepositoryPermission,
  repositoryPermissions,
  windowSchema,
} from "./engagementSchema";
export { iamActionPatternCovers } from "./iamActionPattern";
export {
  DATA_READ_ACTIONS,
  DEFAULT_PRODUCTION_ACCESS,
  type StackSettings,
  type StackSettingsInput,
  stackSettingsSchema,
} from "./stackSettingsSchema";
