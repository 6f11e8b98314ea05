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
export { SharedSecretRotation } from "./SharedSecretRotation";
