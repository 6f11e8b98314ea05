import * as aws from "@pulumi/aws";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { contractorPolicy } from "../contractorPolicies";
import { hasContractorName, isContractorPath } from "../contractorResources";
import { includes, policyStatements, type Statement, soleCondition } from "../policyStatements";

const MFA_PRESENT = "aws:multifactorauthpresent";

function isMfaDeny(statement: Statement): boolean {
  const condition = soleCondition(statement);
  return (
    statement.Effect === "Deny" &&
    includes(statement.Resource, "*") &&
    condition !== undefined &&
    condition[0] === "BoolIfExists" &&
    condition[1] === MFA_PRESENT &&
    condition[2].length === 1 &&
    condition[2][0] === "false"
  );
}

function exemptsWildcard(statement: Statement): boolean {
  const exempt = statement.NotAction === undefined ? [] : [statement.NotAction].flat();
  return exempt.some((action) => String(action).includes("*"));
}

function enforcesMfa(statement: Statement): boolean {
  return (
    isMfaDeny(statement) &&
    (statement.NotAction === undefined ? includes(statement.Action, "*") : !exemptsWildcard(statement))
  );
}

function requiresMfa(statement: Statement): boolean {
  const bool = (statement.Condition as { Bool?: Record<string, unknown> } | undefined)?.Bool ?? {};
  return Object.entries(bool).some(([key, value]) => key.toLowerCase() === MFA_PRESENT && includes(value, "true"));
}

/** Compliant: every contractor user policy and boundary denies all but MFA self-service without MFA, and contractor roles are assumable only with MFA. */
export const contractorPoliciesEnforceMfa: ResourceValidationPolicy = {
  name: "contractor-policies-enforce-mfa",
  description:
    "Every contractor user policy and permissions boundary carries the MFA enforcement Deny (BoolIfExists aws:MultiFactorAuthPresent false), and every contractor role's trust policy requires MFA.",
  enforcementLevel: "mandatory",
  validateResource: (args, reportViolation) => {
    const role = args.asType(aws.iam.Role);
    if (role) {
      if (!isContractorPath(role.path) && !hasContractorName(role.name)) return;
      const trust = policyStatements(role.assumeRolePolicy);
      if (!trust) return reportViolation("The role's trust policy is not a JSON IAM policy document with a Statement.");
      for (const statement of trust.filter((candidate) => candidate.Effect === "Allow" && !requiresMfa(candidate))) {
        reportViolation(
          `The role's trust policy lets statement "${String(statement.Sid ?? "")}" assume the role without MFA: add the condition Bool aws:MultiFactorAuthPresent "true".`,
        );
      }
      return;
    }
    const policy = contractorPolicy(args);
    // Role permission policies are exempt: MFA is enforced when the role is assumed.
    if (!policy || policy.kind === "rolePolicy") return;
    const statements = policyStatements(policy.document);
    if (!statements) return reportViolation("The policy is not a JSON IAM policy document with a Statement.");
    if (statements.some(enforcesMfa)) return;
    if (statements.some((statement) => isMfaDeny(statement) && exemptsWildcard(statement))) {
      return reportViolation(
        "The MFA enforcement statement exempts whole services through a wildcard in NotAction: list the MFA self-service actions one by one.",
      );
    }
    reportViolation(
      'The policy has no MFA enforcement statement: add a statement with Effect "Deny", NotAction listing only the MFA self-service actions, Resource "*" and only the condition BoolIfExists aws:MultiFactorAuthPresent "false", so neither the password nor the access keys work without MFA.',
    );
  },
};
