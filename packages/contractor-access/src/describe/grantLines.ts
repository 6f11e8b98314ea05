import { iamTime } from "../dates/iamTime";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { hasGrantsInAccount } from "../lanes/awsAccess";
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
  const identity = plan.identity;
  if (production) {
    const actions = production.statements.flatMap((statement) => [statement.Action ?? []].flat()).length;
    const where =
      identity.backend === "identity-center"
        ? `, permission set ${plan.names.productionPermissionSet} assigned only inside the window`
        : "";
    lines.push(
      `Production: ${phrases.production}; ${actions} actions, MFA required, sessions of at most 1 hour${where}`,
    );
  }
  if (identity.backend === "identity-center") {
    const user =
      identity.adoptedUserId === undefined
        ? `a new Identity Store user ${identity.userName}`
        : `the existing Identity Store user ${identity.adoptedUserId} (${identity.userName})`;
    const set = hasGrantsInAccount(plan) ? `permission set ${plan.names.permissionSet}` : "no permission set";
    lines.push(
      `AWS: Identity Center, ${set} in account ${identity.accountId} for ${user}; ${phrases.aws.join(", ")}; MFA at sign-in by Identity Center; no IAM user, no access keys`,
    );
  } else {
    lines.push(iamUserLine(plan, phrases.aws));
  }
  for (const secret of plan.sharedSecrets?.secrets ?? []) {
    const rotation =
      settings.sharedSecrets[secret.name]?.rotation === "manual" ? "rotated by hand" : "rotated by the stack";
    lines.push(`Shared secret: ${secret.name}, read inside the window, ${rotation} when access ends`);
  }
  return lines;
}

/** The IAM user's line: how the contractor signs in, and the MFA rules. */
function iamUserLine(plan: AccessPlan, aws: readonly string[]): string {
  const signIn = aws.length > 0 ? aws.join(" and ") : "no sign-in";
  const firstSignIn = plan.aws.console ? " (console password reset at first sign-in)" : "";
  const enrolBy =
    aws.length > 0
      ? `; MFA device enrolled by ${iamTime(plan.aws.mfaEnrollmentEnds)}, named ${plan.names.iamUser}`
      : "";
  return `AWS: IAM user ${plan.names.iamUser}, ${signIn}; MFA required${firstSignIn}${enrolBy}`;
}
