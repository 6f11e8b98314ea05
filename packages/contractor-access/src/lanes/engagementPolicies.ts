import { iamTime } from "../dates/iamTime";
import { mfaSelfServiceStatements } from "../iam/mfaSelfServiceStatements";
import { type PolicyCondition, type PolicyDocument, type PolicyStatement, policyDocument } from "../iam/policyDocument";
import { windowDenyStatements } from "../iam/windowDenyStatements";
import type { AccessPlan, ProductionLanePlan } from "./accessPlan";

/** ARNs known only once resources exist; the component passes them in. */
export interface EngagementArns {
  /** ARN of the engagement's production role, when it has a production lane. */
  readonly productionRole?: string;
}

/**
 * The conditions that make a production session name its contractor: the
 * source identity, which CloudTrail records on every call of the session and
 * which no later call can change, and the session name, which shows in the
 * session's ARN. Both must be the IAM user name. `sts:SetSourceIdentity` knows
 * only the first key (IAM's service reference), and a StringEquals on a key a
 * request lacks never matches, so it gets a statement of its own.
 */
export function attributableSessionConditions(iamUser: string): {
  readonly assumeRole: PolicyCondition;
  readonly setSourceIdentity: PolicyCondition;
} {
  return {
    assumeRole: { StringEquals: { "sts:SourceIdentity": iamUser, "sts:RoleSessionName": iamUser } },
    setSourceIdentity: { StringEquals: { "sts:SourceIdentity": iamUser } },
  };
}

/** Every lane's Allow statements, each with a Sid unique in the plan: what the user is granted. */
export function grantStatements(plan: AccessPlan, arns: EngagementArns): PolicyStatement[] {
  // The user's side of the source identity: sts:SetSourceIdentity must be
  // allowed by the caller's policy as well as by the trust policy.
  const attributed = attributableSessionConditions(plan.names.iamUser);
  const role = arns.productionRole;
  const assumeProduction: PolicyStatement[] =
    plan.production && role
      ? [
          {
            Sid: "AssumeProductionRole",
            Effect: "Allow",
            Action: "sts:AssumeRole",
            Resource: role,
            Condition: attributed.assumeRole,
          },
          {
            Sid: "SetProductionSourceIdentity",
            Effect: "Allow",
            Action: "sts:SetSourceIdentity",
            Resource: role,
            Condition: attributed.setSourceIdentity,
          },
        ]
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
    // The access window, not the window as written: a missed review, an `end`
    // decision or a revocation ends access here, to the second, with no pipeline.
    ...windowDenyStatements(plan.accessWindow, "Engagement"),
    ...mfa.filter((statement) => statement.Effect === "Deny"),
  ];
}

/** The MFA self-service Allows: enrol a device on one's own user, change one's password at first sign-in. */
export function selfServiceStatements(plan: AccessPlan): PolicyStatement[] {
  return mfaSelfServiceStatements(mfaOptions(plan)).filter((statement) => statement.Effect === "Allow");
}

/**
 * The production role's trust policy: only this user, only with MFA, only
 * inside the approved production window, and only with the user's name as
 * source identity and session name, so CloudTrail names the contractor on
 * every call of the session. Outside the window no new session starts.
 */
export function productionTrustPolicy(
  production: ProductionLanePlan,
  userArn: string,
  iamUser: string,
): PolicyDocument {
  const attributed = attributableSessionConditions(iamUser);
  const mfaInsideWindow = {
    Bool: { "aws:MultiFactorAuthPresent": "true" },
    // The access window: the approved window, cut short by a missed review or a revocation.
    DateGreaterThanEquals: { "aws:CurrentTime": iamTime(production.accessWindow.start) },
    DateLessThanEquals: { "aws:CurrentTime": iamTime(production.accessWindow.end) },
  };
  return policyDocument([
    {
      Sid: "AssumeWithMfaInsideApprovedWindow",
      Effect: "Allow",
      Principal: { AWS: userArn },
      Action: "sts:AssumeRole",
      Condition: { ...attributed.assumeRole, ...mfaInsideWindow },
    },
    {
      Sid: "SourceIdentityIsTheUserName",
      Effect: "Allow",
      Principal: { AWS: userArn },
      Action: "sts:SetSourceIdentity",
      Condition: { ...attributed.setSourceIdentity, ...mfaInsideWindow },
    },
  ]);
}

/** Services a production session may never call, whatever the stack's settings grant. */
export const PRODUCTION_DENIED_SERVICES = ["iam:*", "sts:*", "organizations:*", "account:*"] as const;

/**
 * The production role's permissions boundary: the most any policy on the
 * role could ever grant. It denies outside the production window, denies
 * every IAM, STS, Organizations and account action (so a session can neither
 * create keys or users that outlive the window, nor assume other roles), and
 * denies everything without MFA, which the trust policy requires anyway
 * (under Identity Center, which enforces MFA at sign-in, it does not). It
 * allows at most the stack's production actions, on any resource: the role's
 * own policy narrows the resources.
 */
export function productionBoundaryPolicy(
  production: ProductionLanePlan,
  options: { readonly mfa: "policy" | "identity-center" } = { mfa: "policy" },
): PolicyDocument {
  const actions = [...new Set(production.statements.flatMap((statement) => [statement.Action ?? []].flat()))].sort();
  // Identity Center checks MFA at sign-in, and its sessions carry no aws:MultiFactorAuthPresent:
  // under it this Deny would refuse every call, so the sign-in is the MFA control instead.
  const mfaDeny: PolicyStatement[] =
    options.mfa === "policy"
      ? [
          {
            Sid: "DenyAllIfNoMFA",
            Effect: "Deny",
            Action: "*",
            Resource: "*",
            Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
          },
        ]
      : [];
  return policyDocument([
    ...windowDenyStatements(production.accessWindow, "Production"),
    { Sid: "DenyIdentityAndAccountChanges", Effect: "Deny", Action: [...PRODUCTION_DENIED_SERVICES], Resource: "*" },
    ...mfaDeny,
    { Sid: "AllowProductionActions", Effect: "Allow", Action: actions, Resource: "*" },
  ]);
}

/**
 * The production role's permission policy: the stack's permissions for the
 * approved access level, and a Deny outside the production window so that
 * sessions already issued stop working when the window closes.
 */
export function productionPermissionPolicy(production: ProductionLanePlan): PolicyDocument {
  return policyDocument([...windowDenyStatements(production.accessWindow, "Production"), ...production.statements]);
}
