import type { AccessPlan } from "./accessPlan";
import { hasAwsAccess, hasGrantsInAccount } from "./awsAccess";

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

/**
 * The beginning of the name of the IAM role Identity Center provisions in an
 * account for a permission set: `AWSReservedSSO_<permission set>_<16 hex>`,
 * under the path `/aws-reserved/sso.amazonaws.com/` (IAM Identity Center User
 * Guide, "Referencing permission sets in resource policies"). The trailing
 * underscore ends the set's name: without it, the prefix of `contractor-ledger`
 * would also match the role of `contractor-ledger-audit`, another engagement's
 * set. The library's set names hold no underscore (`[a-z0-9-]`), so no other
 * set of the library begins with it.
 *
 * @example
 * permissionSetRolePrefix("contractor-checkout-fix-2026-11"); // "AWSReservedSSO_contractor-checkout-fix-2026-11_"
 */
export function permissionSetRolePrefix(permissionSetName: string): string {
  return `AWSReservedSSO_${permissionSetName}_`;
}

/**
 * The pattern under Identity Center. The contractor acts in the account only
 * through sessions of the roles of the engagement's permission sets, logged
 * as `AssumedRole` with the role's name in `sessionContext.sessionIssuer.userName`
 * (and the person's Identity Center user name as the session name). Each set
 * is matched by the prefix of its role's name, since the role's 16-hex suffix
 * is chosen by Identity Center and changes when the role is provisioned anew,
 * as the production set's is for each window; its path (which may hold a
 * region) is not in the name.
 *
 * Only the sets the engagement has are named: the engagement's own when it
 * grants data or shared secrets (as `awsResourcePlan` declares it),
 * production's when it has a production lane, whether or not its window is
 * open now. A branch for a set it does not have could match another
 * engagement's set of that name (the production set of `x`, `contractor-x-prod`,
 * is named like the set of an engagement `x-prod`).
 *
 * Not matched, because the member account's CloudTrail never receives them:
 * sign-ins to the access portal, MFA challenges and device registrations,
 * and the issuing of role credentials (`Authenticate`, `CredentialChallenge`,
 * `CredentialVerification`, `UserAuthentication`, `GetRoleCredentials`, ...)
 * are logged in the account that holds the Identity Center instance (the
 * management or delegated administrator account), in its region, and a rule
 * on this account's event bus cannot see them. Nor is there a key or password
 * to watch: the person has no IAM user.
 *
 * @throws {RangeError} for an engagement without a permission set (see {@link hasAwsAccess}).
 */
function identityCenterPattern(plan: AccessPlan): Record<string, unknown> {
  const bySets = (names: readonly string[]) => ({
    userIdentity: { sessionContext: { sessionIssuer: { userName: names.map((name) => ({ prefix: name })) } } },
  });
  const engagementSet = hasGrantsInAccount(plan) ? [permissionSetRolePrefix(plan.names.permissionSet)] : [];
  const productionSet = plan.production ? [permissionSetRolePrefix(plan.names.productionPermissionSet)] : [];
  const sets = [...engagementSet, ...productionSet];
  if (sets.length === 0) {
    throw new RangeError(`engagement ${plan.engagement.id} has no permission set, so no activity in AWS to watch`);
  }
  const branches = [
    { detail: { ...bySets(sets), errorCode: DENIED } },
    ...(productionSet.length > 0 ? [{ detail: { ...bySets(productionSet), readOnly: [false] } }] : []),
  ];
  // EventBridge refuses an `$or` of fewer than two objects: a single branch is the pattern itself.
  const [only] = branches;
  return {
    "detail-type": ["AWS API Call via CloudTrail"],
    ...(branches.length === 1 && only ? only : { $or: branches }),
  };
}

/**
 * The EventBridge pattern of one engagement's activity alerts, over the
 * CloudTrail events EventBridge receives.
 *
 * With IAM users it matches, as `$or` branches: the user's console sign-ins,
 * role assumptions, MFA device changes and credential creations; anyone
 * creating a key or password for that user; every refused call of the user;
 * and, in a production session (the role demands the user name as source
 * identity, so sessions are named by it), every call that is not read-only
 * and every refused one.
 *
 * Under Identity Center it matches every refused call of a session of the
 * engagement's permission sets, and every call that is not read-only of a
 * session of the production set. Sign-ins and MFA are Identity Center's,
 * logged in its own account, so this account's rule cannot see them.
 *
 * @throws {RangeError} under Identity Center, for an engagement without AWS access ({@link hasAwsAccess}).
 * @example
 * JSON.stringify(activityEventPattern(plan)).length; // well under EventBridge's 2,048
 */
export function activityEventPattern(plan: AccessPlan): Record<string, unknown> {
  if (plan.identity.backend === "identity-center") return identityCenterPattern(plan);
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
