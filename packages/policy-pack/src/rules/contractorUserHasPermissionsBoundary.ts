import * as aws from "@pulumi/aws";
import { type ResourceValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { isContractorPath, isSet } from "../contractorResources";

/** Compliant: every IAM user under /contractors/ is capped by a permissions boundary. */
export const contractorUserHasPermissionsBoundary: ResourceValidationPolicy = {
  name: "contractor-user-has-permissions-boundary",
  description:
    "Every IAM user under /contractors/ has a permissions boundary, so a policy attached later by hand cannot widen its access.",
  enforcementLevel: "mandatory",
  validateResource: validateResourceOfType(aws.iam.User, (user, args, reportViolation) => {
    if (!isContractorPath(user.path)) return;
    if (!isSet(args.props, "permissionsBoundary")) {
      reportViolation(
        "The contractor user has no permissions boundary: set permissionsBoundary to the engagement's boundary policy, so that no policy attached later can widen its access.",
      );
    }
  }),
};
