import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { recentAnswers } from "./recentAnswers";

// Stacks hold many engagements on few distinct days (the same start, the same
// review due date), and formatting in a zone (TZDate) is slow.
const recentDays = recentAnswers<string>();

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`, as
 * date-fns' `format(instant, "yyyy-MM-dd", { in: tz(timeZone) })` gives it.
 *
 * @throws {RangeError} when the instant is invalid.
 * @example
 * calendarDate(new Date("2026-11-28T23:30:00Z"), "Europe/Berlin"); // "2026-11-29"
 */
export function calendarDate(instant: Date, timeZone: string): string {
  return recentDays(`${timeZone}\n${instant.getTime()}`, () => format(instant, "yyyy-MM-dd", { in: tz(timeZone) }));
}
