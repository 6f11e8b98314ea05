import { tz } from "@date-fns/tz";
import { differenceInCalendarDays, endOfDay, format, startOfDay } from "date-fns";
import { plural as count } from "../text/plural";
import type { ResolvedWindow } from "./resolveWindow";

const MINUTE = 60_000;

/**
 * Whether a boundary is a whole calendar day in `timeZone`: a start at 00:00,
 * an end at the last millisecond of its day (how `YYYY-MM-DD` resolves).
 *
 * @example
 * isWholeDay(new Date("2026-11-28T23:59:59.999Z"), "end", "UTC"); // true
 */
export function isWholeDay(instant: Date, edge: "start" | "end", timeZone: string): boolean {
  const day = edge === "start" ? startOfDay(instant, { in: tz(timeZone) }) : endOfDay(instant, { in: tz(timeZone) });
  return day.getTime() === instant.getTime();
}

/**
 * Formats a window boundary the way it was most likely written: the calendar
 * date in `timeZone` when it is a whole day, otherwise the ISO instant in UTC
 * without zero milliseconds.
 *
 * @example
 * formatBoundary(new Date("2026-11-28T23:59:59.999Z"), "end", "UTC"); // "2026-11-28"
 * formatBoundary(new Date("2026-11-27T14:00:00Z"), "start", "UTC"); // "2026-11-27T14:00:00Z"
 */
export function formatBoundary(instant: Date, edge: "start" | "end", timeZone: string): string {
  if (isWholeDay(instant, edge, timeZone)) return format(instant, "yyyy-MM-dd", { in: tz(timeZone) });
  return instant.toISOString().replace(".000Z", "Z");
}

/**
 * Formats a window as `start to end`.
 *
 * @example
 * formatWindow({ start: new Date("2026-11-27T14:00:00Z"), end: new Date("2026-11-27T16:00:00Z") }, "UTC");
 * // "2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z"
 */
export function formatWindow(window: ResolvedWindow, timeZone: string): string {
  return `${formatBoundary(window.start, "start", timeZone)} to ${formatBoundary(window.end, "end", timeZone)}`;
}

/** One window boundary before and after a change, and the timezone of its plan. */
export interface BoundaryMove {
  readonly before: Date;
  readonly after: Date;
  readonly edge: "start" | "end";
  readonly timeZone: string;
}

/**
 * Formats how much access a moved boundary adds (`+`) or takes away (`-`):
 * an earlier start or a later end adds. Calendar days when both boundaries
 * are whole days (so a DST change does not read as 23 hours), otherwise the
 * exact duration in days, hours or minutes.
 *
 * @example
 * formatShift({ before: new Date("2026-11-28T23:59:59.999Z"), after: new Date("2026-12-05T23:59:59.999Z"), edge: "end", timeZone: "UTC" });
 * // "+7 days"
 */
export function formatShift({ before, after, edge, timeZone }: BoundaryMove): string {
  const [from, to] = edge === "end" ? [before, after] : [after, before];
  const gained = to.getTime() - from.getTime();
  const sign = gained < 0 ? "-" : "+";
  if (isWholeDay(before, edge, timeZone) && isWholeDay(after, edge, timeZone)) {
    return `${sign}${count(Math.abs(differenceInCalendarDays(to, from, { in: tz(timeZone) })), "day")}`;
  }
  return `${sign}${formatDuration(Math.abs(gained))}`;
}

/**
 * Formats a duration in the largest whole unit: days, hours or minutes.
 *
 * @example
 * formatDuration(2 * 3_600_000); // "2 hours"
 */
export function formatDuration(milliseconds: number): string {
  const minutes = Math.round(milliseconds / MINUTE);
  if (minutes % 1440 === 0) return count(minutes / 1440, "day");
  if (minutes % 60 === 0) return count(minutes / 60, "hour");
  return count(minutes, "minute");
}
