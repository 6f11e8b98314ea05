import { formatReportInstant } from "../dates/formatReportInstant";
import type { OffboardingChecklist } from "./accessReport";
import { markdownPerson, markdownWindow } from "./markdownParts";

function checklist(title: string, items: readonly string[], whenEmpty: string): string {
  if (items.length === 0) return `**${title}:** ${whenEmpty}`;
  return [`**${title}:**`, items.map((item) => `- [ ] ${item}`).join("\n")].join("\n\n");
}

/**
 * Renders one offboarding checklist: the record, then GitHub task lists of
 * what was revoked, which shared secrets to rotate and what to archive, so
 * that the owner can tick each item in the ticket or pull request.
 *
 * @example
 * renderOffboardingMarkdown(report.offboarding[0], report.timeZone);
 * // "### checkout-fix-2026-11\n\nAccess ended 2026-11-28 23:59: window ended. ..."
 */
export function renderOffboardingMarkdown(offboarding: OffboardingChecklist, timeZone: string): string {
  const { record } = offboarding;
  const approvals = record.approvals.map(
    ({ lane, approvedBy, approval, reason }) =>
      `- Approval (${lane}): ${approvedBy}${approval ? `, ${approval}` : ""}${reason ? `: ${reason}` : ""}`,
  );
  return [
    `### ${offboarding.id}`,
    `Access ended ${formatReportInstant(offboarding.endedAt, timeZone)}: ${offboarding.endReason}${offboarding.endedBy ? `, by ${offboarding.endedBy}` : ""}. ${record.task} (${record.ticket})`,
    [
      `- Owner: ${markdownPerson(record.owner)}`,
      `- Contractor: ${markdownPerson(record.contractor)}`,
      `- Window: ${markdownWindow(record.window, timeZone)}`,
      ...approvals,
    ].join("\n"),
    checklist("Revoked", offboarding.revoked, "nothing."),
    checklist(
      "Shared secrets to rotate",
      offboarding.secretsToRotate.map(({ name, action }) => `${name}: ${action}`),
      "none; it read no shared secrets.",
    ),
    checklist("Archive", offboarding.archive, "nothing."),
  ].join("\n\n");
}
