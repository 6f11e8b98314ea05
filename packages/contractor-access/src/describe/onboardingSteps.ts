import { iamTime } from "../dates/iamTime";
import type { AccessPlan, IdentityCenterIdentityPlan } from "../lanes/accessPlan";
import { hasAwsAccess, hasGrantsInAccount } from "../lanes/awsAccess";
import { plural } from "../text/plural";

/**
 * Under Identity Center: sign in at the access portal (MFA is Identity
 * Center's), choose the account and permission set, and use `aws configure
 * sso` for the CLI. A user the stack creates (CreateUser) has no password and
 * no invitation: with "Send email OTP" on in Identity Center's standard
 * authentication settings, the first sign-in emails a one-time password;
 * otherwise an administrator generates one. The first step says so.
 */
function identityCenterSteps(plan: AccessPlan, identity: IdentityCenterIdentityPlan): string[] {
  if (!hasAwsAccess(plan)) return [];
  const portal = `https://${identity.identityStoreId}.awsapps.com/start`;
  const steps = [
    identity.adoptedUserId === undefined
      ? `Open the AWS access portal (${portal}, unless your contact gives you the organisation's own address) and sign in as ${identity.userName}; the first time, Identity Center emails you a one-time password to set your own (or your contact gives you one), then asks you to register an MFA device.`
      : `Open the AWS access portal (${portal}, unless your contact gives you the organisation's own address) and sign in with your organisation account ${identity.userName}, with MFA as usual.`,
  ];
  if (hasGrantsInAccount(plan)) {
    steps.push(
      `Choose account ${identity.accountId} and permission set ${plan.names.permissionSet}; for the CLI, run \`aws configure sso\` with the portal address, then \`aws sso login\`. Sessions last at most ${plural(identity.sessionHours, "hour")}, and nothing works after ${iamTime(plan.accessWindow.end)}.`,
    );
  }
  if (plan.production) {
    steps.push(
      `Production: permission set ${plan.names.productionPermissionSet} appears in account ${identity.accountId} between ${iamTime(plan.production.window.start)} and ${iamTime(plan.production.window.end)} only; sessions last at most one hour.`,
    );
  }
  return steps;
}

/**
 * What the contractor does to start, in order, as plain sentences for the
 * owner to pass on with the credentials: sign in, enrol an MFA device under
 * the only names the policy allows and before the enrolment window closes,
 * then use MFA for everything. No secrets: those are in `credentials`.
 *
 * @example
 * onboardingSteps(plan)[1];
 * // "Enrol a virtual MFA device named exactly contractor-checkout-fix-2026-11 (or contractor-checkout-fix-2026-11.<label>) before 2026-11-25T00:00:00Z; after that only a session with MFA can add one."
 */
export function onboardingSteps(plan: AccessPlan): string[] {
  if (plan.identity.backend === "identity-center") return identityCenterSteps(plan, plan.identity);
  const user = plan.names.iamUser;
  const { console, accessKeys, mfaEnrollmentEnds } = plan.aws;
  if (!console && !accessKeys) return [];
  const steps = [
    console
      ? `Sign in to the AWS console as IAM user ${user} with the password you were given, and set a new one.`
      : `Configure the access key you were given for IAM user ${user}.`,
    `Enrol a virtual MFA device named exactly ${user} (or ${user}.<label>) before ${iamTime(mfaEnrollmentEnds)}; after that only a session with MFA can add one.`,
  ];
  if (accessKeys) {
    steps.push(
      "Every call needs MFA: exchange the key and a code for a session with `aws sts get-session-token --serial-number <device ARN> --token-code <code>`.",
    );
  }
  if (plan.production) {
    steps.push(
      `Production: assume role ${plan.names.productionRole} with MFA between ${iamTime(plan.production.window.start)} and ${iamTime(plan.production.window.end)}; sessions last at most one hour.`,
    );
  }
  return steps;
}
