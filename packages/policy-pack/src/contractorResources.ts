import { UnknownValueError } from "@pulumi/policy";
import { COMPONENT_TYPES } from "contractor-access/contract";

// The names are the component's contract: read them from it, never copy them.
export { hasContractorName, isContractorPath } from "contractor-access/contract";

const LIBRARY_TYPES: readonly string[] = Object.values(COMPONENT_TYPES);

/**
 * Whether a resource is a library component or anything below one: the
 * URN's type chain names every ancestor's type, so this sees children
 * however they are named, including those that carry no name or tag at all.
 */
export function isInsideLibraryComponent(urn: string): boolean {
  const typeChain = urn.split("::")[2] ?? "";
  return typeChain.split("$").some((type) => LIBRARY_TYPES.includes(type));
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
