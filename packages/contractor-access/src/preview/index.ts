export { FAKE_ACCOUNT_ID } from "./fakeState";
export {
  type MockEngine,
  type MockEngineOptions,
  type RecordedOptions,
  type RecordedResource,
  startMockEngine,
} from "./mockEngine";
export { assertTestedPulumiVersion, TESTED_PULUMI_RANGE } from "./pulumiVersion";
export { withoutSourcePositions } from "./withoutSourcePositions";
