import { isValid, parseISO } from "date-fns";

/**
 * One end of a window as written in an engagement: either a calendar date,
 * interpreted later in the stack's timezone, or an exact instant.
 */
export type WindowBoundary =
  | { readonly kind: "date"; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: "instant"; readonly instant: Date };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time must carry its own offset: "14:00" alone would silently mean
// the machine's zone on one runner and UTC on another.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_TIME_WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Parses one window boundary: `YYYY-MM-DD` or an ISO 8601 date-time with an
 * offset (`2026-11-27T14:00:00Z`, `2026-11-27T15:00:00+01:00`).
 *
 * @throws {RangeError} with a sentence a platform engineer can act on when the
 *   text is not a real date, lacks an offset, or is in another format.
 * @example
 * parseWindowBoundary("2026-11-24"); // { kind: "date", year: 2026, month: 11, day: 24 }
 * parseWindowBoundary("2026-02-30"); // throws: "2026-02-30" is not a real calendar date
 */
export function parseWindowBoundary(text: string): WindowBoundary {
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    // parseISO rejects day-of-month overflow (2026-02-30) instead of rolling over.
    if (!isValid(parseISO(text))) {
      throw new RangeError(`"${text}" is not a real calendar date`);
    }
    return { kind: "date", year: Number(dateOnly[1]), month: Number(dateOnly[2]), day: Number(dateOnly[3]) };
  }
  if (DATE_TIME.test(text)) {
    const instant = parseISO(text);
    if (!isValid(instant)) {
      throw new RangeError(`"${text}" is not a real date and time`);
    }
    return { kind: "instant", instant };
  }
  if (DATE_TIME_WITHOUT_OFFSET.test(text)) {
    throw new RangeError(`"${text}" has a time but no UTC offset; add "Z" or an offset such as "+01:00"`);
  }
  throw new RangeError(
    `"${text}" is neither a date (YYYY-MM-DD) nor a date-time with an offset (YYYY-MM-DDTHH:MM:SSZ)`,
  );
}
