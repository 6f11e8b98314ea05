import type { AccessPlan } from "../lanes/accessPlan";

/**
 * Whether the production lane's access window is open at `now`, both ends
 * inclusive like the IAM Denies. Under Identity Center the production
 * permission set exists only then: it is declared at the first run inside
 * the window and removed at the first run after it (its inline policy denies
 * every call outside the window in between, to the second).
 *
 * @example
 * productionWindowOpen(plan, new Date("2026-11-27T15:00:00Z")); // true for a 14:00-16:00 window that day
 */
export function productionWindowOpen(plan: AccessPlan, now: Date): boolean {
  const window = plan.production?.accessWindow;
  if (!window) return false;
  return now.getTime() >= window.start.getTime() && now.getTime() <= window.end.getTime();
}
