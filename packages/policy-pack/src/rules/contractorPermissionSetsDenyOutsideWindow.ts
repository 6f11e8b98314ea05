import * as aws from "@pulumi/aws";
import type { StackValidationPolicy } from "@pulumi/policy";
import {
  belongsToContractorPermissionSet,
  isContractorPermissionSet,
  ofPermissionSet,
} from "../contractorPermissionSets";
import { policyStatements } from "../policyStatements";
import { deniesAfterEnd, deniesBeforeStart } from "../windowDeny";

/**
 * Compliant: every contractor permission set has an inline policy, and every
 * inline policy of one denies everything before its window starts and after
 * it ends, the check contractor-policies-deny-outside-window makes on IAM
 * policies. An Identity Center session outlives the assignment that granted
 * it, so only a Deny on aws:CurrentTime ends access on time.
 *
 * No MFA statement is required, unlike `contractor-policies-enforce-mfa`:
 * Identity Center enforces MFA at sign-in, and the role sessions it issues
 * carry no aws:MultiFactorAuthPresent, so a BoolIfExists Deny would refuse
 * every call.
 *
 * A stack policy, because an inline policy carries neither name nor tags: its
 * set is found through its `permissionSetArn` dependency. One whose set the
 * stack does not declare counts when it is inside a library component.
 */
export const contractorPermissionSetsDenyOutsideWindow: StackValidationPolicy = {
  name: "contractor-permission-sets-deny-outside-window",
  description:
    "Every contractor IAM Identity Center permission set has an inline policy, and each carries an explicit Deny on every action before its window starts and after it ends (aws:CurrentTime), because sessions already issued outlive the assignment.",
  enforcementLevel: "mandatory",
  validateStack: (args, reportViolation) => {
    const inlinePolicies = args.resources.filter((resource) => resource.isType(aws.ssoadmin.PermissionSetInlinePolicy));
    for (const set of args.resources.filter(isContractorPermissionSet)) {
      if (ofPermissionSet(set, inlinePolicies, aws.ssoadmin.PermissionSetInlinePolicy).length > 0) continue;
      reportViolation(
        `Contractor permission set "${set.name}" has no inline policy, so nothing denies its sessions outside the window: declare a PermissionSetInlinePolicy for it whose policy carries the window denies.`,
        set.urn,
      );
    }
    for (const inline of inlinePolicies.filter(belongsToContractorPermissionSet)) {
      const statements = policyStatements(inline.props.inlinePolicy);
      if (!statements) {
        reportViolation(
          `Permission set inline policy "${inline.name}" is not a JSON IAM policy document with a Statement, so its window deny cannot be checked.`,
          inline.urn,
        );
        continue;
      }
      if (!statements.some(deniesBeforeStart)) {
        reportViolation(
          `Permission set inline policy "${inline.name}" has no window deny before the start: add a statement with Effect "Deny", Action "*", Resource "*" and only the condition DateLessThan on aws:CurrentTime, so sessions are refused before the window opens.`,
          inline.urn,
        );
      }
      if (!statements.some(deniesAfterEnd)) {
        reportViolation(
          `Permission set inline policy "${inline.name}" has no window deny after the end: add a statement with Effect "Deny", Action "*", Resource "*" and only the condition DateGreaterThan on aws:CurrentTime, so sessions already issued end when the window closes even if no pipeline runs.`,
          inline.urn,
        );
      }
    }
  },
};
