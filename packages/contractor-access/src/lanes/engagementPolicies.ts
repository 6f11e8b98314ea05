import { iamTime } from "../dates/iamTime";
import { mfaSelfServiceStatements } from "../iam/mfaSelfServiceStatements";
import { type PolicyDocument, type PolicyStatement, policyDocument } from "../iam/policyDocument";
import { windowDenyStatements } from "../iam/windowDenyStatements";
import type { AccessPlan, ProductionLanePlan } from "./accessPlan";

/** ARNs known only once resources exist; the component passes them in. */
export interface EngagementArns {
  /** ARN of the engagement's production role, when it has a production lane. */
  readonly productionRole?: string;
}

function laneAllowStatements(plan: AccessPlan, arns: EngagementArns): PolicyStatement[] {
  const assumeProduction: PolicyStatement[] =
    plan.production && arns.productionRole
      ? [{ Sid: "AssumeProductionRole", Effect: "Allow", Action: "sts:AssumeRole", Resource: arns.productionRole }]
      : [];
  return [...(plan.data?.statements ?? []), ...(plan.sharedSecrets?.statements ?? []), ...assumeProduction];
}

/**
 * The user's own policy: every lane's grants, MFA enforced, and an explicit
 * Deny outside the engagement window.
 */
export function accessPolicyDocument(plan: AccessPlan, arns: EngagementArns): PolicyDocument {
  return policyDocument([
    ...windowDenyStatements(plan.window, "Engagement"),
    ...mfaSelfServiceStatements({ console: plan.aws.console }),
    ...laneAllowStatements(plan, arns),
  ]);
}

/**
 * The user's permissions boundary: the most the user can ever do is what
 * its lanes need plus credential self-service, with MFA, inside the window,
 * even if someone later attaches a broader policy to the user by hand or
 * removes the access policy. It carries the same statements as the access
 * policy, MFA deny included, so neither document alone can be loosened.
 */
export function boundaryPolicyDocument(plan: AccessPlan, arns: EngagementArns): PolicyDocument {
  return accessPolicyDocument(plan, arns);
}

/**
 * The production role's trust policy: only this user, only with MFA, only
 * inside the approved production window. Outside it no new session starts.
 */
export function productionTrustPolicy(production: ProductionLanePlan, userArn: string): PolicyDocument {
  return policyDocument([
    {
      Sid: "AssumeWithMfaInsideApprovedWindow",
      Effect: "Allow",
      Principal: { AWS: userArn },
      Action: "sts:AssumeRole",
      Condition: {
        Bool: { "aws:MultiFactorAuthPresent": "true" },
        DateGreaterThanEquals: { "aws:CurrentTime": iamTime(production.window.start) },
        DateLessThanEquals: { "aws:CurrentTime": iamTime(production.window.end) },
      },
    },
  ]);
}

/**
 * The production role's permission policy: the stack's permissions for the
 * approved access level, and a Deny outside the production window so that
 * sessions already issued stop working when the window closes.
 */
export function productionPermissionPolicy(production: ProductionLanePlan): PolicyDocument {
  return policyDocument([...windowDenyStatements(production.window, "Production"), ...production.statements]);
}
