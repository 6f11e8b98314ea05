import { formatReportInstant } from "../dates/formatReportInstant";
import type { ReviewRecord } from "../engagement/engagementTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import type { AccessChange } from "./accessChange";

type Change = Omit<AccessChange, "engagement">;

const reviewKey = ({ date, by, decision }: ReviewRecord) => `${date} ${by.toLowerCase()} ${decision}`;

/** Where access now ends, when the change moved it: a recorded review moves the next deadline. */
function endMoved(base: AccessPlan, head: AccessPlan): string {
  if (base.accessEnd.at.getTime() === head.accessEnd.at.getTime()) return "";
  const at = (plan: AccessPlan) => formatReportInstant(plan.accessEnd.at, plan.timeZone);
  return `; access ends ${at(head)} (${head.accessEnd.reason}) instead of ${at(base)} (${base.accessEnd.reason})`;
}

/**
 * The record a change adds: reviews recorded (`reviewed`) and a revocation
 * (`revoked`), with where access now ends. A review is a pull request like
 * any other change, so the reviewer sees who reviewed, what they decided,
 * and which deadline it moves.
 *
 * @example
 * recordChanges(base, head);
 * // [{ kind: "reviewed", lane: "engagement", message: "review recorded: 2026-11-25 by priya@acme.example, keep; access ends …" }]
 */
export function recordChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const known = new Set(base.engagement.reviews.map(reviewKey));
  const moved = endMoved(base, head);
  const reviews = head.engagement.reviews
    .filter((review) => !known.has(reviewKey(review)))
    .map(
      (review, index, all): Change => ({
        kind: "reviewed",
        lane: "engagement",
        // The end moves once per change: say it on the last review listed.
        message: `review recorded: ${review.date} by ${review.by}, ${review.decision}${review.note ? ` ("${review.note}")` : ""}${index === all.length - 1 && !head.engagement.revoked ? moved : ""}`,
      }),
    );
  const { revoked } = head.engagement;
  const revocation: Change[] =
    revoked && !base.engagement.revoked
      ? [
          {
            kind: "revoked",
            lane: "engagement",
            message: `revoked at ${revoked.at} by ${revoked.by}: ${revoked.reason}${moved}`,
          },
        ]
      : [];
  return [...reviews, ...revocation];
}
