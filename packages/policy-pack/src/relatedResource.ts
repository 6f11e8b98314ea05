import type { PolicyResource } from "@pulumi/policy";
import type { Resource } from "@pulumi/pulumi";

/**
 * The resource of class `resourceClass` that `resource`'s input `property`
 * came from, such as the team behind a team repository's `teamId`. The
 * engine records which resources each input depends on; when it did not,
 * the resource's dependencies stand in. `undefined` when neither names one,
 * for example when the id was written as a literal.
 */
export function relatedResource(
  resource: PolicyResource,
  property: string,
  resourceClass: new (...rest: never[]) => Resource,
): PolicyResource | undefined {
  const sources = resource.propertyDependencies[property] ?? resource.dependencies;
  return sources.find((source) => source.isType(resourceClass as never));
}
