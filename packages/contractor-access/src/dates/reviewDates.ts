import { tz } from "@date-fns/tz";
import { addDays, isAfter } from "date-fns";
import type { ResolvedWindow } from "./resolveWindow";

/**
 * When the first-week review is due: seven calendar days after the start,
 * in the stack's timezone. That review catches grants wider than the task
 * needed while the engagement is still young.
 *
 * @example
 * firstWeekReviewDate(resolveWindow({ start: "2026-11-24", end: "2026-12-31" }, "UTC"), "UTC"); // 2026-12-01T00:00:00Z
 */
export function firstWeekReviewDate(window: ResolvedWindow, timeZone: string): Date {
  return new Date(addDays(window.start, 7, { in: tz(timeZone) }).getTime());
}

/**
 * Periodic review dates for longer engagements: every `everyDays` calendar
 * days after the start, up to (and excluding) the end. A window shorter than
 * one period has none.
 *
 * @throws {RangeError} when `everyDays` is not a positive whole number.
 * @example
 * periodicReviewDates(resolveWindow({ start: "2026-01-01", end: "2026-03-31" }, "UTC"), "UTC", 30);
 * // [2026-01-31T00:00:00Z, 2026-03-02T00:00:00Z]
 */
export function periodicReviewDates(window: ResolvedWindow, timeZone: string, everyDays = 30): Date[] {
  if (!Number.isInteger(everyDays) || everyDays < 1) {
    throw new RangeError(`everyDays must be a positive whole number of days, got ${everyDays}`);
  }
  const dates: Date[] = [];
  for (let periods = 1; ; periods++) {
    const due = addDays(window.start, everyDays * periods, { in: tz(timeZone) });
    if (!isAfter(window.end, due)) return dates;
    dates.push(new Date(due.getTime()));
  }
}
