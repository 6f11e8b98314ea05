import { interval, isAfter } from "date-fns";
import { type ResolvedWindow, type WindowInput, windowInstants } from "../dates/resolveWindow";

/**
 * Resolves a window in `timeZone`, or returns `undefined` when it does not
 * end after it starts. Rules that measure a window use it so that only
 * `windowEndsAfterStart` reports a backwards window, and only once.
 *
 * @throws {RangeError} when a boundary is invalid; rules only see
 *   engagements that passed the schema, whose boundaries parse.
 * @example
 * resolvePositiveWindow({ start: "2026-11-24", end: "2026-11-20" }, "UTC"); // undefined
 */
export function resolvePositiveWindow(window: WindowInput, timeZone: string): ResolvedWindow | undefined {
  const { start, end } = windowInstants(window, timeZone);
  return isAfter(end, start) ? interval(start, end) : undefined;
}
