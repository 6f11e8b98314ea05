import * as aws from "@pulumi/aws";
import type { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { isContractorPermissionSet } from "../contractorPermissionSets";
import { hasContractorName, isContractorPath, isInsideLibraryComponent } from "../contractorResources";

/**
 * Whether a resource belongs to contractor access: a library component or
 * anything below one (the URN's type chain names every ancestor's type, so
 * this sees children however they are named), or a contractor IAM user, role,
 * managed policy or Identity Center permission set declared by hand. (The
 * set's attachments and assignment name no contractor: only those inside a
 * component are recognised.)
 */
function isContractorResource(args: ResourceValidationArgs): boolean {
  if (isInsideLibraryComponent(args.urn)) return true;
  if (args.isType(aws.ssoadmin.PermissionSet)) return isContractorPermissionSet(args);
  const user = args.asType(aws.iam.User);
  if (user) return isContractorPath(user.path);
  const role = args.asType(aws.iam.Role) ?? args.asType(aws.iam.Policy);
  return role ? isContractorPath(role.path) || hasContractorName(role.name) : false;
}

/**
 * Compliant: no contractor resource is protected or retained on delete, so
 * removing an engagement, or `pulumi destroy`, deletes it. (`@pulumi/policy`
 * passes `protect` to rules; it does not pass `retainOnDelete` today, so that
 * one is read only if a future release passes it, and the component refuses
 * both.)
 */
export const contractorResourcesDeletable: ResourceValidationPolicy = {
  name: "contractor-resources-deletable",
  description:
    "No contractor resource sets protect or retainOnDelete: either one keeps the access in place after the engagement is removed or the stack destroyed.",
  enforcementLevel: "mandatory",
  validateResource: (args, reportViolation) => {
    if (!isContractorResource(args)) return;
    const options = args.opts as ResourceValidationArgs["opts"] & { retainOnDelete?: boolean };
    const pinning = [options.protect === true && "protect", options.retainOnDelete === true && "retainOnDelete"];
    for (const option of pinning.filter((name): name is string => typeof name === "string")) {
      reportViolation(
        `The contractor resource "${args.name}" sets ${option}, so removing its engagement or destroying the stack would leave it, and the access it grants, in place. Remove ${option}: the engagement's end date decides how long access lasts.`,
      );
    }
  },
};
