export { type LoadedStackInput, loadStackInput, type StackInputPaths } from "./loadStackInput";
export {
  type ConfigText,
  configFromPulumiConfigJson,
  configFromRuntime,
  configFromStackFile,
  configTexts,
  type ProgramConfig,
} from "./programConfig";
export {
  isIgnoredFile,
  type ReadEngagementFilesResult,
  readEngagementFile,
  readEngagementFiles,
} from "./readEngagementFiles";
export { readStackConfig, readStackSettings, type StackConfigResult } from "./readStackSettings";
export { type StackIdentity, stackIdentity } from "./stackIdentity";
export { CONFIG_NAMESPACE, type StackSettingsResult, stackSettingsFromConfig } from "./stackSettingsFromConfig";
