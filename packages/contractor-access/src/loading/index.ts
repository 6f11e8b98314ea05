export { type EngagementSource, type ReadEngagementFilesResult, readEngagementFiles } from "./readEngagementFiles";
export { readStackSettings } from "./readStackSettings";
export { CONFIG_NAMESPACE, type StackSettingsResult, stackSettingsFromConfig } from "./stackSettingsFromConfig";
