import type { RecordedResource } from "contractor-access/testing";

/**
 * The longest chain of dependencies among one engagement's resources: how
 * many steps a revocation must take one after another, since Pulumi deletes
 * a resource only after everything that depends on it. Parent links are not
 * counted (components are deleted last and cost nothing); the person-level
 * organization membership is, since team membership waits for it.
 */
export function longestDependencyChain(
  resources: readonly RecordedResource[],
  members: readonly RecordedResource[],
): number {
  const byUrn = new Map(members.map((resource) => [resource.urn, resource]));
  const memo = new Map<string, number>();
  const depth = (resource: RecordedResource): number => {
    const known = memo.get(resource.urn);
    if (known !== undefined) return known;
    const upstream = resource.options.dependencies
      .map((urn) => byUrn.get(urn))
      .filter((dependency): dependency is RecordedResource => dependency?.custom === true);
    const value = 1 + Math.max(0, ...upstream.map(depth));
    memo.set(resource.urn, value);
    return value;
  };
  return Math.max(0, ...resources.filter((resource) => resource.custom).map(depth));
}
