import { type Duration, differenceInMinutes, formatDistanceStrict, intervalToDuration, isAfter } from "date-fns";
import type { ResolvedWindow } from "./resolveWindow";

/** How long access has left: an exact duration and the words a reviewer reads. */
export interface TimeRemaining {
  /** Milliseconds until the window ends; 0 once it has ended. */
  readonly milliseconds: number;
  /** Days, hours and minutes until the end (date-fns `Duration`). */
  readonly duration: Duration;
  /** Rounded to one unit as a person reads it: "4 days", "35 hours", "20 minutes"; "ended" once it has ended. */
  readonly words: string;
}

/**
 * The time left in a window at `now`, counted to its last instant. Before
 * the window starts this is the time to its end, which is what a reviewer
 * weighs ("access for the next 5 days").
 *
 * @example
 * timeRemaining(resolveWindow({ start: "2026-11-24", end: "2026-11-28" }, "UTC"), new Date("2026-11-25T00:00:00Z")).words;
 * // "4 days"
 */
export function timeRemaining(window: ResolvedWindow, now: Date): TimeRemaining {
  if (isAfter(now, window.end)) return { milliseconds: 0, duration: {}, words: "ended" };
  const duration = intervalToDuration({ start: now, end: window.end });
  return { milliseconds: window.end.getTime() - now.getTime(), duration, words: durationWords(now, window.end) };
}

/**
 * A duration in one unit, rounded, as a person says it: minutes under an
 * hour, hours under two days (so that "1 day" never stands for 47 hours),
 * days beyond; never "1 month 27 days 12 hours 59 minutes". Months are left
 * out on purpose: they differ in length, and engagements are counted in days.
 *
 * @example
 * durationWords(new Date("2026-11-25T00:00:00Z"), new Date("2026-11-28T23:59:59.999Z")); // "4 days"
 */
export function durationWords(from: Date, to: Date): string {
  const minutes = Math.abs(differenceInMinutes(to, from));
  if (minutes < 1) return "less than a minute";
  const unit = minutes < 60 ? "minute" : minutes < 48 * 60 ? "hour" : "day";
  return formatDistanceStrict(to, from, { unit, roundingMethod: "round" });
}
