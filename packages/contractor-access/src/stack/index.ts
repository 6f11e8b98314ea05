export { type ManifestEntry, manifestEntry } from "./accessManifest";
export {
  type ContractorAccessProgramOptions,
  type ContractorAccessProgramOutputs,
  contractorAccessProgram,
} from "./contractorAccessProgram";
export {
  type ContractorAccessInput,
  type ContractorAccessStack,
  declareContractorAccess,
} from "./declareContractorAccess";
export { organizationMembers } from "./organizationMembers";
export { type ProvisioningDecision, provisioningDecision } from "./provisioningDecision";
export { NOW_VARIABLE, resolveNow } from "./resolveNow";
export { SharedSecretRotation } from "./SharedSecretRotation";
export { type SharedSecretRotation as SharedSecretRotationPlan, sharedSecretRotations } from "./sharedSecretRotations";
