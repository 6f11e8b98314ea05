import { formatReportInstant } from "../dates/formatReportInstant";
import { formatWindow } from "../dates/formatWindow";
import { timeRemaining } from "../dates/timeRemaining";
import { grantLines } from "../describe/grantLines";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import type { ReportEngagement } from "./accessReport";

/**
 * One engagement of the access review in full: people, task, window, time
 * left, next review and grants in plain words. Dates are in the stack
 * timezone, as in the report.
 */
export function reviewEngagementBlock(
  entry: ReportEngagement,
  plan: AccessPlan,
  settings: StackSettings,
  at: Date,
): string {
  const left =
    entry.status === "upcoming"
      ? `, starts in ${timeRemaining({ start: at, end: plan.window.start }, at).words}`
      : entry.timeRemaining
        ? `, ${entry.timeRemaining} left`
        : "";
  const contractor = entry.contractor;
  return [
    `### \`${entry.id}\`: ${entry.status}${left}`,
    "",
    `- **Contractor**: ${contractor.name} <${contractor.email}>${contractor.company ? `, ${contractor.company}` : ""}${contractor.github ? ` (GitHub ${contractor.github})` : ""}`,
    `- **Owner**: ${entry.owner.name} <${entry.owner.email}>`,
    `- **Task**: ${entry.task}`,
    `- **Ticket**: ${entry.ticket}`,
    `- **Window**: ${formatWindow(plan.window, plan.timeZone)} (${plan.timeZone}, both ends inclusive)`,
    `- **Provisioned now**: ${entry.provisioned ? "yes" : "no"}`,
    ...(entry.nextReview ? [`- **Next review**: ${formatReportInstant(entry.nextReview, plan.timeZone)}`] : []),
    "- **Grants**:",
    ...grantLines(plan, settings).map((line) => `  - ${line}`),
    "",
  ].join("\n");
}

/**
 * One ended engagement in one line: enough to find it (id, window, owner,
 * ticket); its grants are gone and its record is in the report.
 *
 * @example
 * endedEngagementLine(entry, plan); // "- `checkout-fix-2026-10`: 2026-10-01 to 2026-10-05, owner priya@acme.example, SHOP-1300"
 */
export function endedEngagementLine(entry: ReportEngagement, plan: AccessPlan): string {
  return `- \`${entry.id}\`: ${formatWindow(plan.window, plan.timeZone)}, owner ${entry.owner.email}, ${entry.ticket}`;
}
