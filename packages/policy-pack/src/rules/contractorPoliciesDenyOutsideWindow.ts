import type { ResourceValidationPolicy } from "@pulumi/policy";
import { contractorPolicy } from "../contractorPolicies";
import { policyStatements } from "../policyStatements";
import { deniesAfterEnd, deniesBeforeStart } from "../windowDeny";

/** Compliant: every contractor policy (user, boundary, role) denies everything outside its window. */
export const contractorPoliciesDenyOutsideWindow: ResourceValidationPolicy = {
  name: "contractor-policies-deny-outside-window",
  description:
    "Every contractor IAM policy carries an explicit Deny on every action before its window starts and after it ends (aws:CurrentTime), because access keys and sessions have no expiry of their own.",
  enforcementLevel: "mandatory",
  validateResource: (args, reportViolation) => {
    const policy = contractorPolicy(args);
    if (!policy) return;
    const statements = policyStatements(policy.document);
    if (!statements) {
      reportViolation(
        "The policy is not a JSON IAM policy document with a Statement, so its window deny cannot be checked.",
      );
      return;
    }
    if (!statements.some(deniesBeforeStart)) {
      reportViolation(
        'The policy has no window deny before the start: add a statement with Effect "Deny", Action "*", Resource "*" and only the condition DateLessThan on aws:CurrentTime, so access is dead before the window opens.',
      );
    }
    if (!statements.some(deniesAfterEnd)) {
      reportViolation(
        'The policy has no window deny after the end: add a statement with Effect "Deny", Action "*", Resource "*" and only the condition DateGreaterThan on aws:CurrentTime, so access ends when the window closes even if no pipeline runs.',
      );
    }
  },
};
