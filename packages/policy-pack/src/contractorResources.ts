import { UnknownValueError } from "@pulumi/policy";

// The names are the component's contract: read them from it, never copy them.
export { hasContractorName, isContractorPath } from "contractor-access/contract";

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
