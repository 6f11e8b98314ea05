import { TZDate, tz } from "@date-fns/tz";
import { endOfDay, interval, type NormalizedInterval } from "date-fns";
import { parseWindowBoundary, type WindowBoundary } from "./parseWindowBoundary";
import { recentAnswers } from "./recentAnswers";

/** A window as written in an engagement: two boundaries, each a date or a date-time with offset. */
export interface WindowInput {
  /** First day (from 00:00 in the stack timezone) or first instant of access. */
  readonly start: string;
  /** Last day (inclusive, to the last instant of that day) or last instant of access. */
  readonly end: string;
}

/** A window resolved to two instants; both ends are inclusive. */
export type ResolvedWindow = NormalizedInterval<Date>;

/**
 * Resolves the instant one boundary stands for. Calendar dates are read in
 * `timeZone`: a start date begins at 00:00 and an end date lasts until the
 * last millisecond of that day, so `end: 2026-11-28` still grants all of
 * the 28th. Date-times keep their own offset.
 *
 * @throws {RangeError} when the boundary text is invalid (see {@link parseWindowBoundary}).
 * @example
 * resolveBoundary("2026-11-28", "end", "UTC").toISOString(); // "2026-11-28T23:59:59.999Z"
 */
export function resolveBoundary(text: string, edge: "start" | "end", timeZone: string): Date {
  return boundaryInstant(parseWindowBoundary(text), edge, timeZone);
}

// Stacks hold many engagements on few distinct days, and TZDate is slow:
// remember the instants of recent calendar days.
const recentDayInstants = recentAnswers<number>();

function boundaryInstant(boundary: WindowBoundary, edge: "start" | "end", timeZone: string): Date {
  if (boundary.kind === "instant") return boundary.instant;
  const key = `${timeZone}\n${edge}\n${boundary.year}-${boundary.month}-${boundary.day}`;
  const instant = recentDayInstants(key, () => {
    const midnight = new TZDate(boundary.year, boundary.month - 1, boundary.day, timeZone);
    return (edge === "start" ? midnight : endOfDay(midnight, { in: tz(timeZone) })).getTime();
  });
  return new Date(instant);
}

interface ResolvedInstants {
  readonly start: string;
  readonly end: string;
  readonly timeZone: string;
  readonly startMs: number;
  readonly endMs: number;
}

// Several rules and the plan resolve the same engagement's window; resolving a
// calendar date in a zone (TZDate) is the costly part of validation, so each
// window object keeps its instants, checked against its current text and zone.
const resolvedWindows = new WeakMap<WindowInput, ResolvedInstants>();

/**
 * The first and last instant of `window` in `timeZone`, in no particular
 * order (callers check it); each call returns new `Date`s, so no caller can
 * change another's.
 *
 * @throws {RangeError} when a boundary is invalid (see {@link parseWindowBoundary}).
 * @example
 * windowInstants({ start: "2026-11-24", end: "2026-11-28" }, "UTC").end.toISOString(); // "2026-11-28T23:59:59.999Z"
 */
export function windowInstants(window: WindowInput, timeZone: string): { start: Date; end: Date } {
  const known = resolvedWindows.get(window);
  if (known && known.start === window.start && known.end === window.end && known.timeZone === timeZone) {
    return { start: new Date(known.startMs), end: new Date(known.endMs) };
  }
  const start = resolveBoundary(window.start, "start", timeZone);
  const end = resolveBoundary(window.end, "end", timeZone);
  resolvedWindows.set(window, {
    start: window.start,
    end: window.end,
    timeZone,
    startMs: start.getTime(),
    endMs: end.getTime(),
  });
  return { start, end };
}

/**
 * Resolves a window to its first and last instant in `timeZone`.
 *
 * @throws {RangeError} when a boundary is invalid.
 * @throws {TypeError} when the window ends before it starts (date-fns'
 *   `assertPositive`); the `windowEndsAfterStart` rule reports that case to
 *   users before anything resolves it.
 * @example
 * resolveWindow({ start: "2026-11-24", end: "2026-11-28" }, "Europe/Berlin");
 * // { start: 2026-11-23T23:00:00.000Z, end: 2026-11-28T22:59:59.999Z }
 */
export function resolveWindow(window: WindowInput, timeZone: string): ResolvedWindow {
  const { start, end } = windowInstants(window, timeZone);
  return interval(start, end, { assertPositive: true });
}
