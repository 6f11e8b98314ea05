import { differenceInCalendarDays } from "date-fns";
import type { AccessChange } from "../changes/accessChange";
import { formatWindow } from "../dates/formatWindow";
import { iamTime } from "../dates/iamTime";
import { timeRemaining } from "../dates/timeRemaining";
import { grantLines } from "../describe/grantLines";
import { compareText } from "../text/compareText";
import { plural } from "../text/plural";
import { formatDiagnostic } from "../validation/diagnostic";
import type { ValidatedStack } from "../validation/validatedStack";
import { buildReport } from "./buildReport";
import { pushGrantWarnings } from "./pushGrantWarnings";

/** What `pulumi up` would declare, as the plan's preview JSON says it: only what the review counts. */
export interface DeclaredResources {
  readonly changeSummary: { readonly create: number };
  readonly steps: readonly { readonly newState: { readonly type: string } }[];
}

/** What the access review is made from. */
export interface AccessReviewInput {
  readonly input: ValidatedStack;
  readonly preview: DeclaredResources;
  readonly at: Date;
  /** The diff against a base, when `--base` was given. */
  readonly base?: { readonly ref: string; readonly changes: readonly AccessChange[] };
}

function changesSection(base: NonNullable<AccessReviewInput["base"]>): string[] {
  if (base.changes.length === 0)
    return [`## Changes against ${base.ref}`, "", `No access changes against ${base.ref}.`, ""];
  return [
    `## Changes against ${base.ref}`,
    "",
    ...base.changes.map(
      (change) => `- **${change.kind}** \`${change.engagement}\` (${change.lane}): ${change.message}`,
    ),
    "",
  ];
}

/**
 * Renders the access review a reviewer reads in a pull request: first what
 * the change does to access (with `--base`), then warnings, then each
 * engagement's people, task, window, time left and grants in plain words,
 * and totals.
 */
export function renderAccessReview({ input, preview, at, base }: AccessReviewInput): string {
  const { settings } = input;
  const report = buildReport({ settings, engagements: input.engagements, now: at, withinDays: settings.noticeDays });
  const plans = new Map(input.engagements.map(({ plan }) => [plan.engagement.id, plan]));
  const warnings = [
    ...input.warnings.map(formatDiagnostic),
    ...[...plans.values()]
      .filter((plan) => differenceInCalendarDays(plan.window.end, plan.window.start) + 1 > settings.reviewIntervalDays)
      .map(
        (plan) =>
          `\`${plan.engagement.id}\` is a long engagement (${formatWindow(plan.window, plan.timeZone)}): review it in the first week and every ${settings.reviewIntervalDays} days`,
      ),
    ...report.reviewsDue.map(
      (review) => `\`${review.id}\`: ${review.kind} review due ${review.due.slice(0, 10)} (owner ${review.owner})`,
    ),
    ...report.endingSoon.map(
      (ending) =>
        `\`${ending.id}\` ends within ${plural(settings.noticeDays, "day")} (${ending.timeRemaining} left): renewal is a new engagement`,
    ),
    ...pushGrantWarnings([...plans.values()], at, settings.githubOrg),
  ];
  const lines = [`# Access review at ${iamTime(at)}`, "", ...(base ? changesSection(base) : [])];
  lines.push("## Warnings", "", ...(warnings.length > 0 ? warnings.map((warning) => `- ${warning}`) : ["None."]), "");
  lines.push("## Engagements", "");
  for (const entry of [...report.active, ...report.upcoming, ...report.ended]) {
    const plan = plans.get(entry.id);
    if (!plan) continue;
    const left =
      entry.status === "upcoming"
        ? `, starts in ${timeRemaining({ start: at, end: plan.window.start }, at).words}`
        : entry.timeRemaining
          ? `, ${entry.timeRemaining} left`
          : "";
    const contractor = entry.contractor;
    lines.push(
      `### \`${entry.id}\`: ${entry.status}${left}`,
      "",
      `- **Contractor**: ${contractor.name} <${contractor.email}>${contractor.company ? `, ${contractor.company}` : ""}${contractor.github ? ` (GitHub ${contractor.github})` : ""}`,
      `- **Owner**: ${entry.owner.name} <${entry.owner.email}>`,
      `- **Task**: ${entry.task}`,
      `- **Ticket**: ${entry.ticket}`,
      `- **Window**: ${formatWindow(plan.window, plan.timeZone)} (${plan.timeZone}, both ends inclusive)`,
      `- **Provisioned now**: ${entry.provisioned ? "yes" : "no"}`,
      ...(entry.nextReview ? [`- **Next review**: ${entry.nextReview.slice(0, 10)}`] : []),
      "- **Grants**:",
      ...grantLines(plan, settings).map((line) => `  - ${line}`),
      "",
    );
  }
  const byType = new Map<string, number>();
  for (const step of preview.steps) byType.set(step.newState.type, (byType.get(step.newState.type) ?? 0) + 1);
  const provisioned = report.active.length + report.upcoming.filter((entry) => entry.provisioned).length;
  lines.push(
    "## Totals",
    "",
    `${input.engagements.length} engagements: ${report.counts.active} active, ${report.counts.upcoming} upcoming, ${report.counts.ended} ended; ${provisioned} provisioned.`,
    "",
    `\`pulumi up\` would declare ${preview.changeSummary.create} resources:`,
    "",
    ...[...byType].sort(([a], [b]) => compareText(a, b)).map(([type, count]) => `- ${count} × \`${type}\``),
    "",
  );
  return lines.join("\n");
}
