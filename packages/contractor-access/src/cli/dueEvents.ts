import { tz } from "@date-fns/tz";
import { compareAsc, isAfter, isBefore, subDays } from "date-fns";
// Pure date arithmetic; importing it loads no Pulumi (the component's own file does).
import { keyRotationPeriod } from "../component/keyRotationPeriod";
import { reviewSchedule } from "../lifecycle/reviewSchedule";
import { compareText } from "../text/compareText";
import { plural } from "../text/plural";
import type { ValidatedStack } from "../validation/validatedStack";

/** Something that changes what `pulumi up` declares, or that a person must do, at an instant. */
export interface DueEvent {
  readonly at: Date;
  readonly engagement: string;
  /** Such as "window ends" or "access key rotation period starts". */
  readonly what: string;
}

/**
 * Every edge between `since` (exclusive) and `at` (inclusive) at which a
 * sweep has work to do: an engagement window's start (or its provisioning
 * `upcomingLeadDays` ahead) and end, a production window's start and end, a
 * review due date, and the start of an access key's rotation period. Sorted
 * by instant, then engagement. An empty list means a `pulumi up` now would
 * declare what the last one declared, so the hourly sweep can skip it.
 *
 * @example
 * dueEvents(stack, new Date("2026-11-28T23:00:00Z"), new Date("2026-11-29T00:00:00Z"));
 * // [{ at: 2026-11-28T23:59:59.999Z, engagement: "checkout-fix-2026-11", what: "window ends" }]
 */
export function dueEvents(stack: ValidatedStack, since: Date, at: Date): DueEvent[] {
  const { settings } = stack;
  const within = (instant: Date) => isAfter(instant, since) && !isAfter(instant, at);
  const events: DueEvent[] = [];
  for (const { plan } of stack.engagements) {
    const engagement = plan.engagement.id;
    const add = (instant: Date | undefined, what: string) => {
      if (instant && within(instant)) events.push({ at: instant, engagement, what });
    };
    if (settings.upcomingLeadDays > 0) {
      const lead = subDays(plan.window.start, settings.upcomingLeadDays, { in: tz(plan.timeZone) });
      add(new Date(lead.getTime()), `provisioned ${plural(settings.upcomingLeadDays, "day")} ahead of its start`);
    }
    add(plan.window.start, "window starts");
    add(plan.window.end, "window ends");
    // Access ended early by the record: the Deny already holds; the next `up` stops provisioning it.
    const early: Record<string, string> = {
      "missed-review": `access suspended (${plan.accessEnd.reason})`,
      "review-end": "access ended by a review",
      revoked: `access revoked by ${plan.accessEnd.by}`,
    };
    add(plan.accessEnd.cause === "window" ? undefined : plan.accessEnd.at, early[plan.accessEnd.cause] ?? "");
    add(plan.production?.window.start, "production window starts");
    add(plan.production?.window.end, "production window ends");
    const reviews = reviewSchedule(plan, settings.reviewIntervalDays, since);
    add(reviews.firstWeek, "first-week review due");
    for (const due of reviews.periodic) add(due, "periodic review due");
    // A new period renames the key resource, so the next `up` replaces the key.
    if (plan.aws.accessKeys && !isBefore(at, plan.window.start) && !isAfter(at, plan.window.end)) {
      const period = keyRotationPeriod(plan.window.start, at, plan.aws.keyRotationDays, plan.timeZone);
      if (period.index > 0) add(period.start, `access key rotation period ${period.label} starts`);
    }
  }
  return events.sort((a, b) => compareAsc(a.at, b.at) || compareText(a.engagement, b.engagement));
}
