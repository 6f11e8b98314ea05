import { tz } from "@date-fns/tz";
import { format } from "date-fns";

/**
 * Formats an instant for owners to read: the date and time to the minute in
 * the stack timezone, which the report names once in its title.
 *
 * @example
 * formatReportInstant("2026-11-27T14:00:00.000Z", "Europe/Berlin"); // "2026-11-27 15:00"
 */
export function formatReportInstant(instant: string | Date, timeZone: string): string {
  return format(new Date(instant), "yyyy-MM-dd HH:mm", { in: tz(timeZone) });
}
