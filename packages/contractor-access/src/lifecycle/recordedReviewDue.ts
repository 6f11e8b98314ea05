import { resolveBoundary } from "../dates/resolveWindow";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { nextReviewDeadline } from "../lanes/accessEnd";
import type { AccessPlan } from "../lanes/accessPlan";

/** The next review an engagement owes, from its recorded reviews. */
export interface RecordedReviewDue {
  readonly kind: "first-week" | "periodic";
  /** 00:00 of the day it falls due, in the stack timezone. */
  readonly due: Date;
  /** The last instant of its grace: access is suspended after it unless a review is recorded. */
  readonly graceEnds: Date;
}

/**
 * The review an engagement owes next: the first-week review (start + 7 days)
 * when none is recorded, otherwise a periodic one `reviewIntervalDays` after
 * the latest recorded review. `undefined` when access ends first. This is
 * the same deadline the IAM Deny enforces, so the report warns about exactly
 * what will suspend access.
 *
 * @example
 * recordedReviewDue(plan, settings); // { kind: "first-week", due: 2026-12-01T00:00:00Z, graceEnds: 2026-12-04T23:59:59.999Z }
 */
export function recordedReviewDue(plan: AccessPlan, settings: StackSettings): RecordedReviewDue | undefined {
  const next = nextReviewDeadline(plan.engagement, plan.accessWindow, {
    timeZone: plan.timeZone,
    reviewIntervalDays: settings.reviewIntervalDays,
    reviewGraceDays: settings.reviewGraceDays,
  });
  if (!next) return undefined;
  return { kind: next.kind, due: resolveBoundary(next.due, "start", plan.timeZone), graceEnds: next.graceEnds };
}
