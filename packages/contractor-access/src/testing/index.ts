/**
 * What tests of programs built with contractor-access need: Pulumi's mock
 * engine with realistic fake provider outputs and a recording of every
 * registration, and fixtures. Import it as `contractor-access/testing`.
 *
 * @packageDocumentation
 */
export {
  assertTestedPulumiVersion,
  FAKE_ACCOUNT_ID,
  type MockEngine,
  type MockEngineOptions,
  type RecordedOptions,
  type RecordedResource,
  startMockEngine,
  TESTED_PULUMI_RANGE,
  withoutSourcePositions,
} from "../preview";
export {
  ENGAGEMENT_INPUT,
  engagementWith,
  type ProductionLaneInput,
  productionLaneWith,
  SETTINGS_INPUT,
  settingsWith,
  validatedWith,
} from "./fixtures";
export { type TempStack, tempStack } from "./tempStack";
