import { type Duration, formatDuration, intervalToDuration, isAfter } from "date-fns";
import type { ResolvedWindow } from "./resolveWindow";

/** How long access has left: an exact duration and the words a reviewer reads. */
export interface TimeRemaining {
  /** Milliseconds until the window ends; 0 once it has ended. */
  readonly milliseconds: number;
  /** Days, hours and minutes until the end (date-fns `Duration`). */
  readonly duration: Duration;
  /** Such as "3 days 4 hours", "ended" once it has ended. */
  readonly words: string;
}

/**
 * The time left in a window at `now`, counted to its last instant. Before
 * the window starts this is the time to its end, which is what a reviewer
 * weighs ("access for the next 5 days").
 *
 * @example
 * timeRemaining(resolveWindow({ start: "2026-11-24", end: "2026-11-28" }, "UTC"), new Date("2026-11-25T00:00:00Z")).words;
 * // "3 days 23 hours 59 minutes"
 */
export function timeRemaining(window: ResolvedWindow, now: Date): TimeRemaining {
  if (isAfter(now, window.end)) return { milliseconds: 0, duration: {}, words: "ended" };
  const duration = intervalToDuration({ start: now, end: window.end });
  const words = formatDuration(duration, { format: ["years", "months", "days", "hours", "minutes"] });
  return { milliseconds: window.end.getTime() - now.getTime(), duration, words: words || "less than a minute" };
}
