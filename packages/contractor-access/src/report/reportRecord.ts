import type { ResolvedWindow } from "../dates/resolveWindow";
import type { Engagement } from "../engagement/engagementTypes";
import type { ReportApproval, ReportContractor, ReportPerson, ReportWindow } from "./accessReport";

/**
 * The owner and contractor of an engagement as the report shows them:
 * optional fields are left out rather than set to `undefined`.
 *
 * @example
 * reportPeople(engagement).contractor; // { name: "Dana Kim", email: "dana@freelance.example", github: "dana-codes" }
 */
export function reportPeople(engagement: Engagement): { owner: ReportPerson; contractor: ReportContractor } {
  const { name, email, company, github } = engagement.contractor;
  return {
    owner: { name: engagement.owner.name, email: engagement.owner.email },
    contractor: { name, email, ...(company ? { company } : {}), ...(github ? { github } : {}) },
  };
}

/**
 * A resolved window as two ISO instants in UTC, to the millisecond so that
 * automation can parse them back exactly.
 *
 * @example
 * reportWindow(plan.window); // { start: "2026-11-24T00:00:00.000Z", end: "2026-11-28T23:59:59.999Z" }
 */
export function reportWindow(window: ResolvedWindow): ReportWindow {
  return { start: window.start.toISOString(), end: window.end.toISOString() };
}

/**
 * The approvals an engagement records: its production lane's, and its data
 * lane's when it names an approver (live datasets must).
 *
 * @example
 * reportApprovals(engagement);
 * // [{ lane: "production", approvedBy: "cto@acme.example", approval: "SHOP-1430", reason: "Read checkout logs while the fix rolls out" }]
 */
export function reportApprovals(engagement: Engagement): ReportApproval[] {
  const { production, data } = engagement.lanes;
  const approvals: ReportApproval[] = [];
  for (const [lane, approved] of [
    ["production", production],
    ["data", data],
  ] as const) {
    if (!approved?.approvedBy) continue;
    approvals.push({
      lane,
      approvedBy: approved.approvedBy,
      ...(approved.approval ? { approval: approved.approval } : {}),
      ...(approved.reason ? { reason: approved.reason } : {}),
    });
  }
  return approvals;
}
