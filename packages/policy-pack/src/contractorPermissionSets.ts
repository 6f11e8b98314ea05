import * as aws from "@pulumi/aws";
import type { PolicyResource } from "@pulumi/policy";
import type { Resource } from "@pulumi/pulumi";
import { ENGAGEMENT_TAG_KEYS, PRODUCTION_PERMISSION_SET_SUFFIX } from "contractor-access/contract";
import type { TypedResource } from "./contractorPolicies";
import { hasContractorName, isInsideLibraryComponent } from "./contractorResources";
import { relatedResource } from "./relatedResource";

/**
 * Whether a resource is a contractor's Identity Center permission set: named
 * contractor-* (the component's names, hashed or not, keep the prefix),
 * tagged with an engagement, or declared inside a library component.
 */
export function isContractorPermissionSet(resource: TypedResource & { readonly urn: string }): boolean {
  if (!resource.isType(aws.ssoadmin.PermissionSet)) return false;
  const { name, tags } = resource.props;
  const engagement = typeof tags === "object" && tags !== null ? tags[ENGAGEMENT_TAG_KEYS.engagement] : undefined;
  return (
    hasContractorName(name) ||
    (typeof engagement === "string" && engagement !== "") ||
    isInsideLibraryComponent(resource.urn)
  );
}

/**
 * True for a production permission set's name (ending in `.prod`, which no
 * engagement id can, so no engagement's own set is mistaken for one).
 */
export function isProductionPermissionSetName(name: unknown): boolean {
  return typeof name === "string" && name.endsWith(PRODUCTION_PERMISSION_SET_SUFFIX);
}

/**
 * Whether an ssoadmin resource that names its permission set by
 * `permissionSetArn` (inline policy, boundary attachment, assignment)
 * belongs to a contractor set: the set it depends on is one, or, when the
 * stack does not declare the set, the resource is inside a library component.
 * Only dependencies link them: the ARN names no set before it exists, and
 * after that only by an id.
 */
export function belongsToContractorPermissionSet(resource: PolicyResource): boolean {
  const set = relatedResource(resource, "permissionSetArn", aws.ssoadmin.PermissionSet);
  return set ? isContractorPermissionSet(set) : isInsideLibraryComponent(resource.urn);
}

/** The resources of class `resourceClass` whose `permissionSetArn` comes from `set`. */
export function ofPermissionSet(
  set: PolicyResource,
  resources: readonly PolicyResource[],
  resourceClass: new (...rest: never[]) => Resource,
): PolicyResource[] {
  return resources.filter(
    (resource) =>
      resource.isType(resourceClass as never) &&
      relatedResource(resource, "permissionSetArn", aws.ssoadmin.PermissionSet)?.urn === set.urn,
  );
}
