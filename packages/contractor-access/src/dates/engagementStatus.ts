import { isAfter, isBefore } from "date-fns";
import type { ResolvedWindow } from "./resolveWindow";

/** Where an engagement stands at an instant: not begun, granting access, or over. */
export type EngagementStatus = "upcoming" | "active" | "ended";

/**
 * The status of a window at `now`. Both ends are inclusive: at the very
 * instant of `end` the engagement is still active, one millisecond later it
 * has ended.
 *
 * @example
 * engagementStatus(resolveWindow({ start: "2026-11-24", end: "2026-11-28" }, "UTC"), new Date("2026-11-28T23:59:59Z")); // "active"
 */
export function engagementStatus(window: ResolvedWindow, now: Date): EngagementStatus {
  if (isBefore(now, window.start)) return "upcoming";
  if (isAfter(now, window.end)) return "ended";
  return "active";
}
