import { tz } from "@date-fns/tz";
import { format } from "date-fns";

// Stacks hold many engagements on few distinct days (the same start, the same
// review due date), and formatting in a zone (TZDate) is slow: remember the
// recent answers. Bounded, so a long-running process does not grow.
const MAX_REMEMBERED = 4096;
const remembered = new Map<string, string>();

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`, as
 * date-fns' `format(instant, "yyyy-MM-dd", { in: tz(timeZone) })` gives it.
 *
 * @throws {RangeError} when the instant is invalid.
 * @example
 * calendarDate(new Date("2026-11-28T23:30:00Z"), "Europe/Berlin"); // "2026-11-29"
 */
export function calendarDate(instant: Date, timeZone: string): string {
  const key = `${timeZone}\n${instant.getTime()}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const day = format(instant, "yyyy-MM-dd", { in: tz(timeZone) });
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, day);
  return day;
}
