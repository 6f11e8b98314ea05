import { iamTime } from "../dates/iamTime";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { grantPhrases } from "./grantPhrases";

const PERMISSION_WORDS = {
  pull: "read-only",
  triage: "read, and manage issues and pull requests",
  push: "read and write",
} as const;

/**
 * What an engagement grants, one plain line per grant, for the reviewer: the
 * phrases of {@link grantPhrases} with what a reviewer needs to judge them
 * (what a permission allows, the S3 path, how many actions, how sign-in works).
 *
 * @example
 * grantLines(plan, settings)[0]; // "Code: storefront (push): read and write, via team contractor-checkout-fix-2026-11"
 */
export function grantLines(plan: AccessPlan, settings: StackSettings): string[] {
  const phrases = grantPhrases(plan);
  const lines: string[] = [];
  (plan.code?.repositories ?? []).forEach(({ permission }, index) => {
    lines.push(`Code: ${phrases.code[index]}: ${PERMISSION_WORDS[permission]}, via team ${plan.names.githubTeam}`);
  });
  (plan.data?.datasets ?? []).forEach(({ bucket, prefix }, index) => {
    lines.push(`Data: ${phrases.data[index]}, read-only s3://${bucket}/${prefix}`);
  });
  const production = plan.production;
  if (production) {
    const actions = production.statements.flatMap((statement) => [statement.Action ?? []].flat()).length;
    lines.push(`Production: ${phrases.production}; ${actions} actions, MFA required, sessions of at most 1 hour`);
  }
  const signIn = phrases.aws.length > 0 ? phrases.aws.join(" and ") : "no sign-in";
  const firstSignIn = plan.aws.console ? " (console password reset at first sign-in)" : "";
  const enrolBy =
    phrases.aws.length > 0
      ? `; MFA device enrolled by ${iamTime(plan.aws.mfaEnrollmentEnds)}, named ${plan.names.iamUser}`
      : "";
  lines.push(`AWS: IAM user ${plan.names.iamUser}, ${signIn}; MFA required${firstSignIn}${enrolBy}`);
  for (const secret of plan.sharedSecrets?.secrets ?? []) {
    const rotation =
      settings.sharedSecrets[secret.name]?.rotation === "manual" ? "rotated by hand" : "rotated by the stack";
    lines.push(`Shared secret: ${secret.name}, read inside the window, ${rotation} when access ends`);
  }
  return lines;
}
