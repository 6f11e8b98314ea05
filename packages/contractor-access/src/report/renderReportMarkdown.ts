import { tz } from "@date-fns/tz";
import { compareAsc, subDays } from "date-fns";
import { formatReportInstant } from "../dates/formatReportInstant";
import { plural } from "../text/plural";
import type { AccessReport, OffboardingChecklist, ReportEngagement } from "./accessReport";
import { fitMarkdown, GITHUB_BODY_BUDGET, type MarkdownPart } from "./fitMarkdown";
import { markdownPerson, markdownWindow } from "./markdownParts";
import { renderOffboardingMarkdown } from "./renderOffboardingMarkdown";

function engagementBlock(engagement: ReportEngagement, timeZone: string): string {
  const left = engagement.timeRemaining ? `, ${engagement.timeRemaining} left` : "";
  const lines = [
    `- Owner: ${markdownPerson(engagement.owner)}`,
    `- Contractor: ${markdownPerson(engagement.contractor)}`,
    `- Window: ${markdownWindow(engagement.window, timeZone)}${left}`,
    ...(engagement.status === "upcoming" && !engagement.provisioned ? ["- Provisioned: when it starts"] : []),
    ...(engagement.nextReview ? [`- Next review: ${formatReportInstant(engagement.nextReview, timeZone)}`] : []),
    `- Lanes:${engagement.lanes.length > 0 ? "" : " none"}`,
    ...engagement.lanes.map((lane) => `  - ${lane}`),
    ...(engagement.sharedSecrets.length > 0 ? [`- Shared secrets: ${engagement.sharedSecrets.join(", ")}`] : []),
    `- File: \`${engagement.file}\``,
  ];
  return [`### ${engagement.id}`, `${engagement.task} (${engagement.ticket})`, lines.join("\n")].join("\n\n");
}

/** Options of {@link renderReportMarkdown}. */
export interface ReportMarkdownOptions {
  /** The most characters the report may have. @default 60,000 (an issue body holds 65,536); `Infinity` for all of it */
  readonly maxLength?: number;
}

/**
 * Renders the access report as a markdown document for owners: a title
 * with the instant and timezone, a summary line, then the sections
 * "Ending within N days", "Reviews due", "Active", "Upcoming" and
 * "Ended: offboarding checklists" (GitHub task lists). Within `maxLength`,
 * checklists are in full for engagements that ended within the report's
 * `withinDays`, and earlier ones are one line each, folded; what still does
 * not fit is left out from the end of each list and a closing note says what.
 * An empty section says so in one sentence. Deterministic: the same report
 * gives the same text.
 *
 * @example
 * renderReportMarkdown(buildReport({ settings, engagements, now, withinDays: 7 }));
 * // "# Contractor access report, 2026-11-26 12:00 (UTC)\n\n1 active, 0 upcoming, 0 suspended, 0 revoked, 0 ended. ..."
 */
export function renderReportMarkdown(report: AccessReport, options: ReportMarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_BODY_BUDGET;
  const { timeZone, withinDays, counts } = report;
  const within = `within ${plural(withinDays, "day")}`;
  const summary =
    `${counts.active} active, ${counts.upcoming} upcoming, ${counts.suspended} suspended, ${counts.revoked} revoked, ${counts.ended} ended. ` +
    `${report.endingSoon.length} ending ${within}, ${plural(report.reviewsDue.length, "review")} due.`;
  const ending = report.endingSoon.map(
    ({ id, owner, end, timeRemaining }) =>
      `- **${id}** ends ${formatReportInstant(end, timeZone)} (${timeRemaining} left); owner ${owner}`,
  );
  const reviews = report.reviewsDue.map(
    ({ id, owner, kind, due, suspendsAfter, overdue }) =>
      `- **${id}**: ${kind} review ${overdue ? "overdue since" : "due"} ${formatReportInstant(due, timeZone)}; access is suspended after ${formatReportInstant(suspendsAfter, timeZone)} unless a review is recorded; owner ${owner}`,
  );
  // Blocks are separated by a blank line, as markdownSection separates them.
  const section = (title: string, blocks: readonly string[], group: string, whenEmpty: string): MarkdownPart[] => [
    { text: `\n## ${title}` },
    ...(blocks.length > 0 ? blocks.map((block) => ({ text: `\n${block}`, group })) : [{ text: `\n${whenEmpty}` }]),
  ];
  const recentEnd = subDays(new Date(report.generatedAt), withinDays, { in: tz(timeZone) });
  const inFull = (offboarding: OffboardingChecklist) =>
    maxLength === Number.POSITIVE_INFINITY || compareAsc(offboarding.endedAt, recentEnd) >= 0;
  const earlier = report.offboarding.filter((offboarding) => !inFull(offboarding));
  const parts: MarkdownPart[] = [
    { text: `# Contractor access report, ${formatReportInstant(report.generatedAt, timeZone)} (${timeZone})` },
    { text: `\n${summary}` },
    ...section(`Ending ${within}`, ending, "ending engagement", `Nothing ends ${within}.`),
    ...section("Reviews due", reviews, "review due", `No reviews are due ${within}.`),
    ...section("Active", blocksOf(report.active, timeZone), "active engagement", "No active engagements."),
    ...section("Upcoming", blocksOf(report.upcoming, timeZone), "upcoming engagement", "No upcoming engagements."),
    ...section(
      "Ended: offboarding checklists",
      report.offboarding.filter(inFull).map((offboarding) => renderOffboardingMarkdown(offboarding, timeZone)),
      "offboarding checklist",
      earlier.length > 0 ? `No engagement ended ${within} before this report.` : "No ended engagements.",
    ),
    ...(earlier.length > 0
      ? [
          { text: `\n<details><summary>${plural(earlier.length, "earlier ended engagement")}</summary>\n` },
          ...earlier.map((offboarding) => ({
            text: endedLine(offboarding, timeZone),
            group: "earlier ended engagement",
          })),
          { text: "\n</details>" },
        ]
      : []),
  ];
  const full =
    "The full report is in the file `contractor-access report --output FILE` writes; `--since` leaves out engagements that ended before a date.";
  return `${fitMarkdown(parts, maxLength, full)}\n`;
}

function blocksOf(engagements: readonly ReportEngagement[], timeZone: string): string[] {
  return engagements.map((engagement) => engagementBlock(engagement, timeZone));
}

function endedLine({ id, endedAt, endReason, record }: OffboardingChecklist, timeZone: string): string {
  return `- **${id}** ended ${formatReportInstant(endedAt, timeZone)} (${endReason}); owner ${record.owner.email}, ${record.ticket}`;
}
