import * as aws from "@pulumi/aws";
import type { PolicyResource } from "@pulumi/policy";
import { hasContractorName, isContractorPath } from "./contractorResources";

/** A contractor's IAM policy document, with the kind of resource that carries it. */
export interface ContractorPolicy {
  readonly kind: "userPolicy" | "policy" | "rolePolicy";
  /** The `policy` input: a JSON string or a document object. */
  readonly document: unknown;
}

/** What both a resource rule's arguments and a stack rule's resources offer: the type check and the inputs. */
export type TypedResource = Pick<PolicyResource, "isType" | "props">;

/**
 * The policy document when the resource is a contractor's IAM policy: a
 * managed policy under /contractors/ or named contractor-*, or an inline
 * policy named contractor-* or on a contractor-* user or role. `undefined`
 * for anything else. Names are the only link a single resource offers.
 */
export function contractorPolicy(resource: TypedResource): ContractorPolicy | undefined {
  const { props } = resource;
  if (resource.isType(aws.iam.UserPolicy)) {
    return hasContractorName(props.name) || hasContractorName(props.user)
      ? { kind: "userPolicy", document: props.policy }
      : undefined;
  }
  if (resource.isType(aws.iam.Policy)) {
    return isContractorPath(props.path) || hasContractorName(props.name)
      ? { kind: "policy", document: props.policy }
      : undefined;
  }
  if (resource.isType(aws.iam.RolePolicy)) {
    return hasContractorName(props.name) || hasContractorName(props.role)
      ? { kind: "rolePolicy", document: props.policy }
      : undefined;
  }
  return undefined;
}
