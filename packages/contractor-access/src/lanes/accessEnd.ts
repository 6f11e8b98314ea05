import { tz } from "@date-fns/tz";
import { addDays, compareAsc, isBefore } from "date-fns";
import { calendarDate } from "../dates/calendarDate";
import type { ResolvedWindow } from "../dates/resolveWindow";
import { resolveBoundary } from "../dates/resolveWindow";
import type { Engagement } from "../engagement/engagementTypes";

/** Why access ends when it does. */
export type AccessEndCause = "window" | "missed-review" | "review-end" | "revoked";

/** The instant access ends (inclusive, like a window's end) and why. */
export interface AccessEnd {
  /** The last instant of access: the IAM window Deny denies everything after it. */
  readonly at: Date;
  readonly cause: AccessEndCause;
  /** Who ended it: the revoker, or the reviewer of a `decision: end`; `undefined` for the window and a missed review. */
  readonly by: string | undefined;
  /** A phrase for the report: "window ended", "first-week review due 2026-12-01 not recorded", … */
  readonly reason: string;
  /** The review that fell due and was not recorded, for `missed-review`. */
  readonly missedReview?: { readonly kind: "first-week" | "periodic"; readonly due: string } | undefined;
}

/** The review policy deadlines are computed with. */
export interface ReviewPolicy {
  readonly timeZone: string;
  readonly reviewIntervalDays: number;
  readonly reviewGraceDays: number;
}

// Ties go to the cause a person chose: a revocation, then an `end` decision,
// then a missed review, then the window.
const PRECEDENCE: readonly AccessEndCause[] = ["revoked", "review-end", "missed-review", "window"];

const dayOf = (date: string, timeZone: string) => resolveBoundary(date, "start", timeZone);
const endOfDayOf = (date: string, timeZone: string) => resolveBoundary(date, "end", timeZone);

/**
 * The review that falls due next after the recorded ones, and the last
 * instant of its grace: the end of the day `reviewGraceDays` after it is due.
 * Only the latest recorded review matters, since none may be dated in the
 * future: the deadline depends on the file alone, never on the clock, so the
 * Deny is in place before the deadline and recording a review (a merged
 * change) moves it.
 */
export function nextReviewDeadline(
  engagement: Engagement,
  window: ResolvedWindow,
  policy: ReviewPolicy,
): { kind: "first-week" | "periodic"; due: string; graceEnds: Date } | undefined {
  const zone = { in: tz(policy.timeZone) };
  const latest = [...engagement.reviews]
    .map(({ date }) => date)
    .sort()
    .at(-1);
  const kind = latest === undefined ? "first-week" : "periodic";
  const dueInstant =
    latest === undefined
      ? addDays(window.start, 7, zone)
      : addDays(dayOf(latest, policy.timeZone), policy.reviewIntervalDays, zone);
  // Engagements (or what is left of them) shorter than the next review need none.
  if (!isBefore(dueInstant, window.end)) return undefined;
  const due = calendarDate(dueInstant, policy.timeZone);
  const graceEnds = endOfDayOf(
    calendarDate(addDays(dayOf(due, policy.timeZone), policy.reviewGraceDays, zone), policy.timeZone),
    policy.timeZone,
  );
  return { kind, due, graceEnds };
}

/**
 * When an engagement's access ends, from the file alone: the earliest of the
 * window's end, the end of a missed review's grace, the end of the day of a
 * `decision: end` review, and a revocation instant.
 *
 * @example
 * // window 2026-11-24 to 2026-12-31 UTC, no review, grace 3 days
 * accessEnd(engagement, window, { timeZone: "UTC", reviewIntervalDays: 30, reviewGraceDays: 3 });
 * // { at: 2026-12-04T23:59:59.999Z, cause: "missed-review", by: undefined, reason: "first-week review due 2026-12-01 not recorded" }
 */
export function accessEnd(engagement: Engagement, window: ResolvedWindow, policy: ReviewPolicy): AccessEnd {
  const ends: AccessEnd[] = [{ at: window.end, cause: "window", by: undefined, reason: "window ended" }];
  const deadline = nextReviewDeadline(engagement, window, policy);
  if (deadline) {
    ends.push({
      at: deadline.graceEnds,
      cause: "missed-review",
      by: undefined,
      reason: `${deadline.kind} review due ${deadline.due} not recorded`,
      missedReview: { kind: deadline.kind, due: deadline.due },
    });
  }
  for (const review of engagement.reviews.filter(({ decision }) => decision === "end")) {
    ends.push({
      at: endOfDayOf(review.date, policy.timeZone),
      cause: "review-end",
      by: review.by,
      reason: `review of ${review.date} decided to end it`,
    });
  }
  const { revoked } = engagement;
  if (revoked) {
    ends.push({ at: new Date(revoked.at), cause: "revoked", by: revoked.by, reason: `revoked: ${revoked.reason}` });
  }
  return ends.sort(
    (a, b) => compareAsc(a.at, b.at) || PRECEDENCE.indexOf(a.cause) - PRECEDENCE.indexOf(b.cause),
  )[0] as AccessEnd;
}
