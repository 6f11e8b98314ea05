import * as aws from "@pulumi/aws";
import { type PolicyResource, type StackValidationPolicy, UnknownValueError } from "@pulumi/policy";
import { isContractorPermissionSet, ofPermissionSet } from "../contractorPermissionSets";
import { isSet } from "../contractorResources";

/** Whether an attachment names a boundary: a customer managed policy by name, or a managed policy by ARN. */
function namesBoundary(attachment: PolicyResource): boolean {
  try {
    const boundary: unknown = attachment.props.permissionsBoundary;
    if (typeof boundary !== "object" || boundary === null) return false;
    const { customerManagedPolicyReference: reference } = boundary as Record<string, unknown>;
    const byName = typeof reference === "object" && reference !== null && isSet(reference as never, "name");
    return byName || isSet(boundary as Record<string, unknown>, "managedPolicyArn");
  } catch (error) {
    // A boundary not yet known during preview counts as named, as a user's does.
    if (error instanceof UnknownValueError) return true;
    throw error;
  }
}

/**
 * Compliant: every contractor permission set is capped by a permissions
 * boundary, the analogue of `contractor-user-has-permissions-boundary`. A
 * stack policy, because the boundary is a resource of its own that names its
 * set only by `permissionSetArn`: it is found through that dependency, and a
 * set no attachment in the stack refers to has no boundary this policy can see.
 */
export const contractorPermissionSetHasPermissionsBoundary: StackValidationPolicy = {
  name: "contractor-permission-set-has-permissions-boundary",
  description:
    "Every contractor IAM Identity Center permission set has a permissions boundary attachment naming a boundary policy, so a policy attached to the set later cannot widen its access.",
  enforcementLevel: "mandatory",
  validateStack: (args, reportViolation) => {
    const attachments = args.resources.filter((resource) =>
      resource.isType(aws.ssoadmin.PermissionsBoundaryAttachment),
    );
    for (const set of args.resources.filter(isContractorPermissionSet)) {
      const own = ofPermissionSet(set, attachments, aws.ssoadmin.PermissionsBoundaryAttachment);
      if (own.some(namesBoundary)) continue;
      reportViolation(
        own.length === 0
          ? `Contractor permission set "${set.name}" has no permissions boundary: declare a PermissionsBoundaryAttachment whose permissionSetArn is the set's, naming the engagement's boundary policy, so that no policy attached to the set later can widen its access.`
          : `The permissions boundary attachment of contractor permission set "${set.name}" names no policy: set permissionsBoundary to the engagement's boundary policy (customerManagedPolicyReference), so that no policy attached to the set later can widen its access.`,
        set.urn,
      );
    }
  },
};
