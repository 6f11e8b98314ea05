import { tz } from "@date-fns/tz";
import { addDays, compareAsc, isBefore, isWithinInterval } from "date-fns";
import { engagementStatus } from "../dates/engagementStatus";
import { firstWeekReviewDate, periodicReviewDates } from "../dates/reviewDates";
import type { AccessPlan } from "../lanes/accessPlan";

/** When an engagement's reviews fall. */
export interface ReviewSchedule {
  /** Seven days after the start; `undefined` when the window ends before then. */
  readonly firstWeek: Date | undefined;
  /** Every `reviewIntervalDays` after the start, before the end. */
  readonly periodic: Date[];
  /** The earliest review at or after `now`; `undefined` when none is left. */
  readonly next: Date | undefined;
}

/** One review that falls within a reporting horizon. */
export interface DueReview {
  readonly kind: "first-week" | "periodic";
  readonly due: Date;
}

function scheduledReviews(plan: AccessPlan, reviewIntervalDays: number): DueReview[] {
  const { firstWeek, periodic } = reviewDates(plan, reviewIntervalDays);
  const reviews: DueReview[] = firstWeek ? [{ kind: "first-week", due: firstWeek }] : [];
  // A period of 7 days puts the first periodic review on the first-week one: list it once.
  for (const due of periodic) {
    if (due.getTime() !== firstWeek?.getTime()) reviews.push({ kind: "periodic", due });
  }
  return reviews.sort((a, b) => compareAsc(a.due, b.due));
}

function reviewDates(plan: AccessPlan, reviewIntervalDays: number): { firstWeek: Date | undefined; periodic: Date[] } {
  const firstWeek = firstWeekReviewDate(plan.window, plan.timeZone);
  return {
    firstWeek: isBefore(firstWeek, plan.window.end) ? firstWeek : undefined,
    periodic: periodicReviewDates(plan.window, plan.timeZone, reviewIntervalDays),
  };
}

/**
 * An engagement's review dates, read in its stack timezone: the first-week
 * review (which catches grants wider than the task needed) and periodic
 * reviews for longer engagements, and the next one still to come.
 *
 * @throws {RangeError} when `reviewIntervalDays` is not a positive whole number.
 * @example
 * const plan = deriveAccessPlan(engagement, settings); // window 2026-01-01 to 2026-03-31, UTC
 * reviewSchedule(plan, 30, new Date("2026-01-10T00:00:00Z"));
 * // { firstWeek: 2026-01-08T00:00:00Z, periodic: [2026-01-31T00:00:00Z, 2026-03-02T00:00:00Z], next: 2026-01-31T00:00:00Z }
 */
export function reviewSchedule(plan: AccessPlan, reviewIntervalDays: number, now: Date): ReviewSchedule {
  const { firstWeek, periodic } = reviewDates(plan, reviewIntervalDays);
  const next = scheduledReviews(plan, reviewIntervalDays).find(({ due }) => !isBefore(due, now));
  return { firstWeek, periodic, next: next?.due };
}

/**
 * The reviews of an active or upcoming engagement that fall between `now`
 * and `days` calendar days later (stack timezone), both ends inclusive,
 * soonest first. An ended engagement has none.
 *
 * @throws {RangeError} when `reviewIntervalDays` is not a positive whole number.
 * @example
 * reviewsDueWithin(plan, 30, new Date("2026-01-01T00:00:00Z"), 7);
 * // [{ kind: "first-week", due: 2026-01-08T00:00:00Z }]
 */
export function reviewsDueWithin(plan: AccessPlan, reviewIntervalDays: number, now: Date, days: number): DueReview[] {
  if (engagementStatus(plan.window, now) === "ended") return [];
  const horizon = { start: now, end: addDays(now, days, { in: tz(plan.timeZone) }) };
  return scheduledReviews(plan, reviewIntervalDays).filter(({ due }) => isWithinInterval(due, horizon));
}
