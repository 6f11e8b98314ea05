import type { AccessPlan } from "./accessPlan";

/** CloudTrail's MFA device changes, as IAM names the calls. */
export const MFA_DEVICE_EVENTS = [
  "CreateVirtualMFADevice",
  "DeactivateMFADevice",
  "DeleteVirtualMFADevice",
  "EnableMFADevice",
  "ResyncMFADevice",
] as const;

/** Calls that give a user a credential that outlives a session. */
export const CREDENTIAL_EVENTS = ["CreateAccessKey", "CreateLoginProfile", "UpdateLoginProfile"] as const;

// CloudTrail's codes for a refused call: IAM-style services write "AccessDenied"
// or "AccessDeniedException"; EC2 writes "Client.UnauthorizedOperation".
const DENIED = [{ prefix: "AccessDenied" }, "UnauthorizedOperation", "Client.UnauthorizedOperation"];

/** Whether an engagement can act in AWS at all: without console or keys its user cannot sign in. */
export function hasAwsAccess(plan: AccessPlan): boolean {
  return plan.aws.console || plan.aws.accessKeys;
}

/**
 * The EventBridge pattern of one engagement's activity alerts, over the
 * CloudTrail events EventBridge receives. It matches, as `$or` branches:
 * the user's console sign-ins, role assumptions, MFA device changes and
 * credential creations; anyone creating a key or password for that user;
 * every refused call of the user; and, in a production session (the role
 * demands the user name as source identity, so sessions are named by it),
 * every call that is not read-only and every refused one.
 *
 * @example
 * JSON.stringify(activityEventPattern(plan)).length; // well under EventBridge's 2,048
 */
export function activityEventPattern(plan: AccessPlan): Record<string, unknown> {
  const user = plan.names.iamUser;
  const byUser = { userIdentity: { userName: [user] } };
  const inSession = { userIdentity: { sessionContext: { sourceIdentity: [user] } } };
  return {
    "detail-type": ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"],
    $or: [
      {
        detail: {
          ...byUser,
          eventName: ["ConsoleLogin", "AssumeRole", ...MFA_DEVICE_EVENTS, ...CREDENTIAL_EVENTS],
        },
      },
      { detail: { eventName: [...CREDENTIAL_EVENTS], requestParameters: { userName: [user] } } },
      { detail: { ...byUser, errorCode: DENIED } },
      { detail: { ...inSession, readOnly: [false] } },
      { detail: { ...inSession, errorCode: DENIED } },
    ],
  };
}
