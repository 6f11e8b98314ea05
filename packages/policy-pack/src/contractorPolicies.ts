import * as aws from "@pulumi/aws";
import type { ResourceValidationArgs } from "@pulumi/policy";
import { hasContractorName, isContractorPath } from "./contractorResources";

/** A contractor's IAM policy document, with the kind of resource that carries it. */
export interface ContractorPolicy {
  readonly kind: "userPolicy" | "policy" | "rolePolicy";
  /** The `policy` input: a JSON string or a document object. */
  readonly document: unknown;
}

/**
 * The policy document when the resource is a contractor's IAM policy: a
 * managed policy under /contractors/ or named contractor-*, or an inline
 * policy named contractor-* or on a contractor-* user or role. `undefined`
 * for anything else. Names are the only link a single resource offers.
 */
export function contractorPolicy(args: ResourceValidationArgs): ContractorPolicy | undefined {
  const userPolicy = args.asType(aws.iam.UserPolicy);
  if (userPolicy) {
    return hasContractorName(userPolicy.name) || hasContractorName(userPolicy.user)
      ? { kind: "userPolicy", document: userPolicy.policy }
      : undefined;
  }
  const policy = args.asType(aws.iam.Policy);
  if (policy) {
    return isContractorPath(policy.path) || hasContractorName(policy.name)
      ? { kind: "policy", document: policy.policy }
      : undefined;
  }
  const rolePolicy = args.asType(aws.iam.RolePolicy);
  if (rolePolicy) {
    return hasContractorName(rolePolicy.name) || hasContractorName(rolePolicy.role)
      ? { kind: "rolePolicy", document: rolePolicy.policy }
      : undefined;
  }
  return undefined;
}
