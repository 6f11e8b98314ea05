/**
 * The names the component writes and the policy pack reads. They are one
 * contract: the pack recognises contractor resources only by these, so a
 * rename here changes both sides at once instead of silently blinding the pack.
 */

/** The IAM path every contractor user, role and managed policy is created under. */
export const CONTRACTOR_IAM_PATH = "/contractors/";

/** The prefix of every name derived from an engagement id (user, policies, role, GitHub team). */
export const CONTRACTOR_NAME_PREFIX = "contractor-";

/**
 * The suffix of an engagement's production permission set under Identity
 * Center. A dot, which ids cannot hold, so no engagement's own set can end in
 * it; the policy pack holds production sets to one-hour sessions by it.
 */
export const PRODUCTION_PERMISSION_SET_SUFFIX = ".prod";

/** The Pulumi type tokens of the library's components. */
export const COMPONENT_TYPES = {
  engagement: "contractor-access:index:ContractorEngagement",
  sharedSecretRotation: "contractor-access:index:SharedSecretRotation",
} as const;

/**
 * True when an IAM path is the contractor path.
 *
 * @example
 * isContractorPath("/contractors/"); // true
 */
export function isContractorPath(path: unknown): boolean {
  return path === CONTRACTOR_IAM_PATH;
}

/**
 * True when a name is one derived from an engagement id.
 *
 * @example
 * hasContractorName("contractor-checkout-fix-2026-11"); // true
 */
export function hasContractorName(name: unknown): boolean {
  return typeof name === "string" && name.startsWith(CONTRACTOR_NAME_PREFIX);
}
