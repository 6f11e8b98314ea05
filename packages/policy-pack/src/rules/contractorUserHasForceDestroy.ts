import * as aws from "@pulumi/aws";
import { type ResourceValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { isContractorPath } from "../contractorResources";

/** Compliant: every IAM user under /contractors/ sets `forceDestroy: true` from creation. */
export const contractorUserHasForceDestroy: ResourceValidationPolicy = {
  name: "contractor-user-has-force-destroy",
  description:
    "Every IAM user under /contractors/ sets forceDestroy from creation, so offboarding deletes it even after the contractor enrolled an MFA device or created keys.",
  enforcementLevel: "mandatory",
  validateResource: validateResourceOfType(aws.iam.User, (user, _args, reportViolation) => {
    if (!isContractorPath(user.path)) return;
    // Only a literal true counts: the provider reads forceDestroy from state, so it must be there before the destroy.
    if (user.forceDestroy !== true) {
      reportViolation(
        "The contractor user does not set forceDestroy: true. Without it in state before the destroy, DeleteUser fails at offboarding once the contractor has enrolled an MFA device or created access keys.",
      );
    }
  }),
};
