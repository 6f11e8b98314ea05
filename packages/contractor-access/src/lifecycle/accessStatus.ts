import { isAfter, isBefore } from "date-fns";
import type { AccessPlan } from "../lanes/accessPlan";

/**
 * Where an engagement stands at an instant:
 * - `upcoming`: before its start;
 * - `active`: granting access;
 * - `suspended`: a review fell due and was not recorded within the grace
 *   days; recording it (a merged change) restores access;
 * - `revoked`: ended early by `revoked`;
 * - `ended`: its window ended, or a review decided to end it.
 */
export type AccessStatus = "upcoming" | "active" | "suspended" | "revoked" | "ended";

/** Every status, in the order the report lists them. */
export const ACCESS_STATUSES: readonly AccessStatus[] = ["active", "upcoming", "suspended", "revoked", "ended"];

/** Whether access is over at that status: nothing is provisioned, and shared secrets it could read rotate. */
export function accessIsOver(status: AccessStatus): boolean {
  return status === "suspended" || status === "revoked" || status === "ended";
}

/**
 * The status of an engagement at `now`, from its plan's access end (which
 * the IAM Deny enforces), so that the stack, the review and the report agree
 * with what IAM does. Both ends are inclusive, like the window's. A
 * suspension that outlasts the window is simply `ended`: there is nothing
 * left to restore.
 *
 * @example
 * accessStatus(plan, new Date("2026-12-05T00:00:00Z")); // "suspended": first-week review due 2026-12-01, grace 3 days
 */
export function accessStatus(plan: AccessPlan, now: Date): AccessStatus {
  if (isBefore(now, plan.window.start)) return "upcoming";
  if (!isAfter(now, plan.accessEnd.at)) return "active";
  switch (plan.accessEnd.cause) {
    case "revoked":
      return "revoked";
    case "missed-review":
      return isAfter(now, plan.window.end) ? "ended" : "suspended";
    default:
      return "ended";
  }
}
