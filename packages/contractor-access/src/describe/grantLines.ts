import { formatWindow } from "../dates/formatWindow";
import type { StackSettings } from "../engagement/stackSettingsSchema";
import type { AccessPlan } from "../lanes/accessPlan";

const PERMISSION_WORDS = {
  pull: "read-only",
  triage: "read, and manage issues and pull requests",
  push: "read and write",
} as const;

/**
 * What an engagement grants, one plain line per grant, for the reviewer:
 * repositories and permissions, dataset prefixes, the production window and
 * its approver, AWS sign-in, and shared secrets.
 *
 * @example
 * grantLines(plan, settings)[0]; // "Code: storefront with push (read and write), via team contractor-checkout-fix-2026-11"
 */
export function grantLines(plan: AccessPlan, settings: StackSettings): string[] {
  const lines: string[] = [];
  for (const { name, permission } of plan.code?.repositories ?? []) {
    lines.push(`Code: ${name} with ${permission} (${PERMISSION_WORDS[permission]}), via team ${plan.names.githubTeam}`);
  }
  for (const { name, classification, bucket, prefix } of plan.data?.datasets ?? []) {
    lines.push(`Data: ${name} (${classification}), read-only s3://${bucket}/${prefix}`);
  }
  const production = plan.production;
  if (production) {
    const actions = production.statements.flatMap((statement) => [statement.Action ?? []].flat()).length;
    lines.push(
      `Production: ${production.access} (${actions} actions) from ${formatWindow(production.window, plan.timeZone)}, approved by ${production.approvedBy} (${production.approval}); MFA required, sessions of at most 1 hour`,
    );
  }
  const signIn = [
    plan.aws.console ? "console (password reset at first sign-in)" : undefined,
    plan.aws.accessKeys ? `access keys rotated every ${plan.aws.keyRotationDays} days` : undefined,
  ].filter(Boolean);
  lines.push(
    `AWS: IAM user ${plan.names.iamUser}, ${signIn.length > 0 ? signIn.join(" and ") : "no sign-in"}; MFA required`,
  );
  for (const secret of plan.sharedSecrets?.secrets ?? []) {
    const rotation =
      settings.sharedSecrets[secret.name]?.rotation === "manual" ? "rotated by hand" : "rotated by the stack";
    lines.push(`Shared secret: ${secret.name}, read inside the window, ${rotation} when access ends`);
  }
  return lines;
}
