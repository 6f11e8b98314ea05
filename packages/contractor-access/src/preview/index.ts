export { FAKE_ACCOUNT_ID } from "./fakeState";
export {
  type MockEngine,
  type MockEngineOptions,
  type RecordedOptions,
  type RecordedResource,
  startMockEngine,
} from "./mockEngine";
