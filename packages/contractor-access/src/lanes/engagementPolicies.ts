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

/** Every lane's Allow statements, each with a Sid unique in the plan: what the user is granted. */
export function grantStatements(plan: AccessPlan, arns: EngagementArns): PolicyStatement[] {
  const assumeProduction: PolicyStatement[] =
    plan.production && arns.productionRole
      ? [{ Sid: "AssumeProductionRole", Effect: "Allow", Action: "sts:AssumeRole", Resource: arns.productionRole }]
      : [];
  return [...(plan.data?.statements ?? []), ...(plan.sharedSecrets?.statements ?? []), ...assumeProduction];
}

const mfaOptions = (plan: AccessPlan) => ({ console: plan.aws.console, enrollmentEnds: plan.aws.mfaEnrollmentEnds });

/**
 * The Denies every policy of the user carries, whatever else it holds: the
 * window on both sides, and everything but MFA self-service without MFA. A
 * policy that carries them cannot be used to reach around them, and the
 * policy pack checks each contractor policy for them.
 */
export function guardStatements(plan: AccessPlan): PolicyStatement[] {
  const mfa = mfaSelfServiceStatements(mfaOptions(plan));
  return [
    ...windowDenyStatements(plan.window, "Engagement"),
    ...mfa.filter((statement) => statement.Effect === "Deny"),
  ];
}

/** The MFA self-service Allows: enrol a device on one's own user, change one's password at first sign-in. */
export function selfServiceStatements(plan: AccessPlan): PolicyStatement[] {
  return mfaSelfServiceStatements(mfaOptions(plan)).filter((statement) => statement.Effect === "Allow");
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
