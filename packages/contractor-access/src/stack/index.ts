export { type ManifestEntry, manifestEntry } from "../describe/accessManifest";
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
export { organizationMembers } from "../lifecycle/organizationMembers";
export { type ProvisioningDecision, provisioningDecision } from "../lifecycle/provisioningDecision";
export { NOW_VARIABLE, resolveNow } from "../lifecycle/resolveNow";
export { SharedSecretRotation } from "./SharedSecretRotation";
export {
  type SharedSecretRotation as SharedSecretRotationPlan,
  sharedSecretRotations,
} from "../lifecycle/sharedSecretRotationPlans";
