import { tz } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, isBefore } from "date-fns";
import { recentAnswers } from "../dates/recentAnswers";

/** The rotation period an access key belongs to. */
export interface KeyRotationPeriod {
  /** 0 for the first period, which starts with the engagement. */
  readonly index: number;
  /** First instant of the period. */
  readonly start: Date;
  /** The period's first day in the stack timezone, such as `2026-11-24`: part of the key's resource name. */
  readonly label: string;
}

// Every engagement of a run shares `now`, and many share a start: remember
// recent periods, since calendar arithmetic in a zone (TZDate) is slow.
const recentPeriods = recentAnswers<{ readonly index: number; readonly start: number; readonly label: string }>();

/**
 * Which key-rotation period `now` falls in: periods of `rotationDays`
 * calendar days counted from the engagement start in the stack timezone.
 * The access key's resource name carries the period's label, so the first
 * `pulumi up` of a new period declares a new key and deletes the old one.
 * Before the start, the first period applies.
 *
 * @throws {RangeError} when `rotationDays` is not a positive whole number.
 * @example
 * keyRotationPeriod(new Date("2026-11-24T00:00:00Z"), new Date("2026-12-30T12:00:00Z"), 30, "UTC");
 * // { index: 1, start: 2026-12-24T00:00:00Z, label: "2026-12-24" }
 */
export function keyRotationPeriod(start: Date, now: Date, rotationDays: number, timeZone: string): KeyRotationPeriod {
  if (!Number.isInteger(rotationDays) || rotationDays < 1) {
    throw new RangeError(`keyRotationDays must be a positive whole number, got ${rotationDays}`);
  }
  const key = `${timeZone}\n${rotationDays}\n${start.getTime()}\n${now.getTime()}`;
  const period = recentPeriods(key, () => computePeriod(start, now, rotationDays, timeZone));
  return { index: period.index, start: new Date(period.start), label: period.label };
}

function computePeriod(
  start: Date,
  now: Date,
  rotationDays: number,
  timeZone: string,
): { index: number; start: number; label: string } {
  const zone = tz(timeZone);
  const elapsedDays = isBefore(now, start) ? 0 : differenceInCalendarDays(now, start, { in: zone });
  let index = Math.floor(elapsedDays / rotationDays);
  let periodStart = addDays(start, index * rotationDays, { in: zone });
  // A calendar day can start after `now` on the day of a DST change; step back.
  if (index > 0 && isBefore(now, periodStart)) {
    index -= 1;
    periodStart = addDays(start, index * rotationDays, { in: zone });
  }
  return { index, start: periodStart.getTime(), label: format(periodStart, "yyyy-MM-dd", { in: zone }) };
}
