import { iamTime } from "../dates/iamTime";
import type { AccessPlan } from "../lanes/accessPlan";

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
