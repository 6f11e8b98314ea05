import { iamTime } from "../dates/iamTime";
import type { AccessPlan } from "../lanes/accessPlan";
import type { AccessEnd, LedgerApprovals } from "./ledgerEvent";

function productionApprovals(production: NonNullable<AccessPlan["production"]>) {
  const { approvedBy, approval, operateApprovedBy } = production;
  return { approvedBy, approval, ...(operateApprovedBy ? { operateApprovedBy } : {}) };
}

/**
 * The approver fields of an engagement version: its owner, the production
 * lane's approver and reference, and the live-data approver.
 *
 * @example
 * ledgerApprovals(plan); // { owner: "priya@acme.example", production: { approvedBy: "cto@acme.example", approval: "SHOP-1430" } }
 */
export function ledgerApprovals(plan: AccessPlan): LedgerApprovals {
  const { engagement } = plan;
  const dataApprover = engagement.lanes.data?.approvedBy;
  return {
    owner: engagement.owner.email,
    ...(plan.production ? { production: productionApprovals(plan.production) } : {}),
    ...(dataApprover ? { data: { approvedBy: dataApprover } } : {}),
  };
}

/**
 * When an engagement version's access ends: the plan's own end (the window,
 * a missed review's deadline, an `end` decision or a revocation, as the IAM
 * Deny enforces it), or, when the commit removed the file, the commit's
 * instant if that is earlier (the next `pulumi up` deletes everything; the
 * commit is the earliest it can).
 *
 * @param removedAt The instant of the commit that removed the file, if it did.
 * @param now The instant the ledger is written at: `ended` compares with it.
 * @example
 * accessEnd(plan, undefined, new Date("2026-12-01T00:00:00Z")); // { at: "2026-11-28T23:59:59Z", reason: "window", ended: true }
 */
export function accessEnd(plan: AccessPlan, removedAt: Date | undefined, now: Date): AccessEnd {
  const planned = plan.accessEnd;
  const removedFirst = removedAt !== undefined && removedAt.getTime() < planned.at.getTime();
  const at = removedFirst ? removedAt : planned.at;
  return { at: iamTime(at), reason: removedFirst ? "removed" : planned.cause, ended: at.getTime() <= now.getTime() };
}
