import { UnknownValueError } from "@pulumi/policy";

/** The IAM path the component puts every contractor user, role and policy under. */
export const CONTRACTOR_PATH = "/contractors/";

/** The prefix of every name the component derives from an engagement id (user, policies, role, team). */
export const CONTRACTOR_PREFIX = "contractor-";

/** True when an IAM path is the contractor path. */
export function isContractorPath(path: unknown): boolean {
  return path === CONTRACTOR_PATH;
}

/** True when a name is one the component derives from an engagement id. */
export function hasContractorName(name: unknown): boolean {
  return typeof name === "string" && name.startsWith(CONTRACTOR_PREFIX);
}

/**
 * Whether an input is set, without failing on values that are unknown
 * during preview: the engine's props proxy throws on reading an unknown, but
 * an unknown value (a boundary ARN of a policy not created yet) is still set.
 */
export function isSet(props: Record<string, unknown>, key: string): boolean {
  if (!(key in props)) return false;
  try {
    const value = props[key];
    return value !== undefined && value !== null && value !== "";
  } catch (error) {
    if (error instanceof UnknownValueError) return true;
    throw error;
  }
}
