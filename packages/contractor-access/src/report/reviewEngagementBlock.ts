import { formatReportInstant } from "../dates/formatReportInstant";
import { formatWindow } from "../dates/formatWindow";
import { timeRemaining } from "../dates/timeRemaining";
import { grantLines } from "../describe/grantLines";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import type { ReportEngagement } from "./accessReport";

/** When access ends, when that is not the window's end: a review the owner still owes, or what ended it early. */
function accessEndLines(entry: ReportEngagement, plan: AccessPlan): string[] {
  const { cause, reason, by, missedReview } = plan.accessEnd;
  const at = formatReportInstant(entry.accessEnds, plan.timeZone);
  if (cause === "window") return [];
  // Before its deadline a missed review is only owed: say what keeps access.
  if (cause === "missed-review" && missedReview && (entry.status === "active" || entry.status === "upcoming")) {
    return [
      `- **Access suspended after**: ${at}, unless the ${missedReview.kind} review due ${missedReview.due} is recorded in the file`,
    ];
  }
  return [`- **Access ends**: ${at} (${reason}${by ? `, by ${by}` : ""})`];
}

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
    ...accessEndLines(entry, plan),
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
  const status = entry.status === "ended" ? "" : ` (${entry.status}: ${plan.accessEnd.reason})`;
  return `- \`${entry.id}\`: ${formatWindow(plan.window, plan.timeZone)}${status}, owner ${entry.owner.email}, ${entry.ticket}`;
}
