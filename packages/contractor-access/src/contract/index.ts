/**
 * The contract between the component and the policy pack: names, paths, tag
 * keys, type tokens and labels. Pulumi-free and dependency-free, so the pack
 * (and anyone auditing a stack) can import it alone as `contractor-access/contract`.
 *
 * @packageDocumentation
 */
export { accessKeyName, accessKeyPeriodDay } from "./accessKeyLabel";
export {
  COMPONENT_TYPES,
  CONTRACTOR_IAM_PATH,
  CONTRACTOR_NAME_PREFIX,
  hasContractorName,
  isContractorPath,
  PRODUCTION_PERMISSION_SET_SUFFIX,
} from "./names";
export { ENGAGEMENT_TAG_KEYS, REQUIRED_TAG_KEYS } from "./tags";
