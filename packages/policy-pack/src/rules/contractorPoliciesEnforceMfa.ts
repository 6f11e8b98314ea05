import * as aws from "@pulumi/aws";
import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
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

/**
 * Whether only Identity Center refers to a managed policy: something in the
 * stack depends on it, and all of those are permission set attachments. Such
 * a policy is provisioned only into the roles of permission sets, whose
 * sessions never carry aws:MultiFactorAuthPresent (Identity Center checks MFA
 * at sign-in), so the MFA Deny would refuse every call they make. A policy
 * that an IAM user, role or attachment also depends on keeps the check.
 */
function onlyIdentityCenterRefersTo(policy: PolicyResource, resources: readonly PolicyResource[]): boolean {
  const dependents = resources.filter((resource) =>
    resource.dependencies.some((dependency) => dependency.urn === policy.urn),
  );
  return (
    dependents.length > 0 &&
    dependents.every(
      (dependent) =>
        dependent.isType(aws.ssoadmin.PermissionsBoundaryAttachment) ||
        dependent.isType(aws.ssoadmin.CustomerManagedPolicyAttachment),
    )
  );
}

/** The MFA violations of one resource: a contractor role's trust policy, or a contractor user policy or boundary. */
function mfaViolations(resource: PolicyResource, resources: readonly PolicyResource[]): string[] {
  if (resource.isType(aws.iam.Role)) {
    const { path, name, assumeRolePolicy } = resource.props;
    if (!isContractorPath(path) && !hasContractorName(name)) return [];
    const trust = policyStatements(assumeRolePolicy);
    if (!trust) return ["The role's trust policy is not a JSON IAM policy document with a Statement."];
    return trust
      .filter((candidate) => candidate.Effect === "Allow" && !requiresMfa(candidate))
      .map(
        (statement) =>
          `The role's trust policy lets statement "${String(statement.Sid ?? "")}" assume the role without MFA: add the condition Bool aws:MultiFactorAuthPresent "true".`,
      );
  }
  const policy = contractorPolicy(resource);
  // Role permission policies are exempt: MFA is enforced when the role is assumed.
  if (!policy || policy.kind === "rolePolicy") return [];
  if (policy.kind === "policy" && onlyIdentityCenterRefersTo(resource, resources)) return [];
  const statements = policyStatements(policy.document);
  if (!statements) return ["The policy is not a JSON IAM policy document with a Statement."];
  if (statements.some(enforcesMfa)) return [];
  if (statements.some((statement) => isMfaDeny(statement) && exemptsWildcard(statement))) {
    return [
      "The MFA enforcement statement exempts whole services through a wildcard in NotAction: list the MFA self-service actions one by one.",
    ];
  }
  return [
    'The policy has no MFA enforcement statement: add a statement with Effect "Deny", NotAction listing only the MFA self-service actions, Resource "*" and only the condition BoolIfExists aws:MultiFactorAuthPresent "false", so neither the password nor the access keys work without MFA.',
  ];
}

/**
 * Compliant: every contractor user policy and boundary denies all but MFA
 * self-service without MFA, and contractor roles are assumable only with MFA.
 * A stack policy, because a managed policy alone does not show who uses it:
 * the boundary of an Identity Center permission set is exempt, and only the
 * resources that depend on it tell it apart from an IAM user's boundary.
 */
export const contractorPoliciesEnforceMfa: StackValidationPolicy = {
  name: "contractor-policies-enforce-mfa",
  description:
    "Every contractor user policy and permissions boundary carries the MFA enforcement Deny (BoolIfExists aws:MultiFactorAuthPresent false), and every contractor role's trust policy requires MFA. Managed policies that only Identity Center permission sets refer to are exempt: Identity Center enforces MFA at sign-in.",
  enforcementLevel: "mandatory",
  validateStack: (args, reportViolation) => {
    for (const resource of args.resources) {
      for (const message of mfaViolations(resource, args.resources)) reportViolation(message, resource.urn);
    }
  },
};
