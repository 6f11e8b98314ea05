import { formatReportInstant } from "../dates/formatReportInstant";
import { plural } from "../text/plural";
import type { AccessReport, ReportEngagement } from "./accessReport";
import { markdownPerson, markdownSection, markdownWindow } from "./markdownParts";
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

/**
 * Renders the access report as a markdown document for owners: a title
 * with the instant and timezone, a summary line, then the sections
 * "Ending within N days", "Reviews due", "Active", "Upcoming" and
 * "Ended: offboarding checklists" (GitHub task lists). An empty section says
 * so in one sentence. Deterministic: the same report gives the same text.
 *
 * @example
 * renderReportMarkdown(buildReport({ settings, engagements, now, withinDays: 7 }));
 * // "# Contractor access report, 2026-11-26 12:00 (UTC)\n\n1 active, 0 upcoming, 0 ended. ..."
 */
export function renderReportMarkdown(report: AccessReport): string {
  const { timeZone, withinDays, counts } = report;
  const within = `within ${plural(withinDays, "day")}`;
  const summary =
    `${counts.active} active, ${counts.upcoming} upcoming, ${counts.ended} ended. ` +
    `${report.endingSoon.length} ending ${within}, ${plural(report.reviewsDue.length, "review")} due.`;
  const ending = report.endingSoon.map(
    ({ id, owner, end, timeRemaining }) =>
      `- **${id}** ends ${formatReportInstant(end, timeZone)} (${timeRemaining} left); owner ${owner}`,
  );
  const reviews = report.reviewsDue.map(
    ({ id, owner, kind, due }) =>
      `- **${id}**: ${kind} review due ${formatReportInstant(due, timeZone)}; owner ${owner}`,
  );
  const sections = [
    `# Contractor access report, ${formatReportInstant(report.generatedAt, timeZone)} (${timeZone})`,
    summary,
    markdownSection(`Ending ${within}`, ending.length > 0 ? [ending.join("\n")] : [], `Nothing ends ${within}.`),
    markdownSection("Reviews due", reviews.length > 0 ? [reviews.join("\n")] : [], `No reviews are due ${within}.`),
    markdownSection(
      "Active",
      report.active.map((engagement) => engagementBlock(engagement, timeZone)),
      "No active engagements.",
    ),
    markdownSection(
      "Upcoming",
      report.upcoming.map((engagement) => engagementBlock(engagement, timeZone)),
      "No upcoming engagements.",
    ),
    markdownSection(
      "Ended: offboarding checklists",
      report.offboarding.map((offboarding) => renderOffboardingMarkdown(offboarding, timeZone)),
      "No ended engagements.",
    ),
  ];
  return `${sections.join("\n\n")}\n`;
}
