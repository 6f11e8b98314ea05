import { differenceInCalendarDays } from "date-fns";
import type { AccessChange } from "../changes/accessChange";
import { formatReportInstant } from "../dates/formatReportInstant";
import { formatWindow } from "../dates/formatWindow";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { hasAwsAccess } from "../lanes/awsAccess";
import { compareText } from "../text/compareText";
import { plural } from "../text/plural";
import { formatDiagnostic } from "../validation/diagnostic";
import type { ValidatedStack } from "../validation/validatedStack";
import type { AccessReport, ReportEngagement } from "./accessReport";
import { buildReport } from "./buildReport";
import { fitMarkdown, GITHUB_BODY_BUDGET, type MarkdownPart } from "./fitMarkdown";
import { pushGrantWarnings } from "./pushGrantWarnings";
import { endedEngagementLine, reviewEngagementBlock } from "./reviewEngagementBlock";

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
  /** The most characters the review may have. @default 60,000 (a GitHub comment holds 65,536); `Infinity` for all of it */
  readonly maxLength?: number;
}

function changeParts(base: NonNullable<AccessReviewInput["base"]>): MarkdownPart[] {
  const heading = { text: `## Changes against ${base.ref}\n` };
  if (base.changes.length === 0) return [heading, { text: `No access changes against ${base.ref}.\n` }];
  return [
    heading,
    ...base.changes.map((change) => ({
      text: `- **${change.kind}** \`${change.engagement}\` (${change.lane}): ${change.message}`,
      group: "access change",
    })),
    { text: "" },
  ];
}

/** The warning `plan` gives when engagements can act in AWS and nobody is told what they do. */
export const NO_ALERTS_WARNING =
  "no activity alerts: set contractorAccess:alerts (topicArn, or emailOwners: true) so that owners hear of sign-ins, production sessions, MFA and credential changes and refused calls";

function alertsWarning(settings: StackSettings, plans: readonly AccessPlan[]): string[] {
  return settings.alerts === undefined && plans.some(hasAwsAccess) ? [NO_ALERTS_WARNING] : [];
}

/**
 * Renders the access review a reviewer reads in a pull request, at most
 * `maxLength` characters (default: what a GitHub comment holds): first what
 * the change does to access (with `--base`), then warnings, then each active
 * and upcoming engagement's people, task, window, time left and grants in
 * plain words, then ended engagements one line each, folded, then totals.
 * What does not fit is left out from the end of each list, and a closing
 * note says what; with `maxLength: Infinity` nothing is left out and ended
 * engagements are shown in full (`plan --output`).
 */
export function renderAccessReview({
  input,
  preview,
  at,
  base,
  maxLength = GITHUB_BODY_BUDGET,
}: AccessReviewInput): string {
  const { settings } = input;
  const timeZone = settings.timezone;
  const report = buildReport({ settings, engagements: input.engagements, now: at, withinDays: settings.noticeDays });
  const plans = new Map(input.engagements.map(({ plan }) => [plan.engagement.id, plan]));
  const warnings = [
    ...input.warnings.map(formatDiagnostic),
    ...alertsWarning(settings, [...plans.values()]),
    ...[...plans.values()]
      .filter((plan) => differenceInCalendarDays(plan.window.end, plan.window.start) + 1 > settings.reviewIntervalDays)
      .map(
        (plan) =>
          `\`${plan.engagement.id}\` is a long engagement (${formatWindow(plan.window, plan.timeZone)}): review it in the first week and every ${settings.reviewIntervalDays} days`,
      ),
    ...report.reviewsDue.map(
      (review) =>
        `\`${review.id}\`: ${review.kind} review ${review.overdue ? "overdue since" : "due"} ${formatReportInstant(review.due, timeZone)} (owner ${review.owner}); access is suspended after ${formatReportInstant(review.suspendsAfter, timeZone)} unless a review is recorded in the file`,
    ),
    ...report.endingSoon.map(
      (ending) =>
        `\`${ending.id}\` ends within ${plural(settings.noticeDays, "day")} (${ending.timeRemaining} left): renewal is a change that extends window.end, reviewed like the first request`,
    ),
    ...pushGrantWarnings([...plans.values()], at, settings.githubOrg),
  ];
  const full = maxLength === Number.POSITIVE_INFINITY;
  const block = (entry: ReportEngagement) => {
    const plan = plans.get(entry.id);
    return plan ? [{ text: reviewEngagementBlock(entry, plan, settings, at), group: "engagement" }] : [];
  };
  const endedLine = (entry: ReportEngagement) => {
    const plan = plans.get(entry.id);
    return plan ? [{ text: endedEngagementLine(entry, plan), group: "ended engagement" }] : [];
  };
  const ended: MarkdownPart[] = full
    ? report.ended.flatMap(block)
    : report.ended.length === 0
      ? []
      : [
          { text: `<details><summary>${plural(report.ended.length, "ended engagement")}</summary>\n` },
          ...report.ended.flatMap(endedLine),
          { text: "\n</details>\n" },
        ];
  const parts: MarkdownPart[] = [
    { text: `# Access review at ${formatReportInstant(at, timeZone)} (${timeZone})\n` },
    ...(base ? changeParts(base) : []),
    { text: "## Warnings\n" },
    ...(warnings.length > 0
      ? warnings.map((warning) => ({ text: `- ${warning}`, group: "warning" }))
      : [{ text: "None." }]),
    { text: "\n## Engagements\n" },
    ...[...report.active, ...report.upcoming].flatMap(block),
    ...(report.ended.length > 0 ? [{ text: "## Ended engagements\n" }, ...ended] : []),
    { text: totals(input, report, preview) },
  ];
  return `${fitMarkdown(parts, maxLength, "The full review is in the file `contractor-access plan --output FILE` writes.")}\n`;
}

function totals(input: ValidatedStack, report: AccessReport, preview: DeclaredResources): string {
  const byType = new Map<string, number>();
  for (const step of preview.steps) byType.set(step.newState.type, (byType.get(step.newState.type) ?? 0) + 1);
  const provisioned = report.active.length + report.upcoming.filter((entry) => entry.provisioned).length;
  return [
    "## Totals",
    "",
    `${input.engagements.length} engagements: ${report.counts.active} active, ${report.counts.upcoming} upcoming, ${report.counts.suspended} suspended, ${report.counts.revoked} revoked, ${report.counts.ended} ended; ${provisioned} provisioned.`,
    "",
    `\`pulumi up\` would declare ${preview.changeSummary.create} resources:`,
    "",
    ...[...byType].sort(([a], [b]) => compareText(a, b)).map(([type, count]) => `- ${count} × \`${type}\``),
  ].join("\n");
}
