export { type LoadedStackInput, loadStackInput, type StackInputPaths } from "./loadStackInput";
export { type ReadEngagementFilesResult, readEngagementFiles } from "./readEngagementFiles";
export { readStackConfig, readStackSettings, type StackConfigResult } from "./readStackSettings";
export { CONFIG_NAMESPACE, type StackSettingsResult, stackSettingsFromConfig } from "./stackSettingsFromConfig";
