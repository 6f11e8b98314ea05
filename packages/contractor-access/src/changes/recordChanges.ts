import { formatReportInstant } from "../dates/formatReportInstant";
import type { ReviewRecord, RevocationRecord } from "../engagement/engagementTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import type { AccessChangeKind } from "./accessChange";
import type { Change } from "./changeParts";

// A note is words about a decision, not a decision: editing it changes no access.
const reviewKey = ({ date, by, decision }: ReviewRecord) => `${date} ${by.toLowerCase()} ${decision}`;

const describeReview = (review: ReviewRecord) =>
  `${review.date} by ${review.by}, ${review.decision}${review.note ? ` ("${review.note}")` : ""}`;

const describeRevocation = (revoked: RevocationRecord) => `at ${revoked.at} by ${revoked.by}: ${revoked.reason}`;

/** Where access now ends, when the change moved it: a recorded review moves the next deadline. */
function endMoved(base: AccessPlan, head: AccessPlan): string | undefined {
  if (base.accessEnd.at.getTime() === head.accessEnd.at.getTime()) return undefined;
  const at = (plan: AccessPlan) => formatReportInstant(plan.accessEnd.at, plan.timeZone);
  return `access ends ${at(head)} (${head.accessEnd.reason}) instead of ${at(base)} (${base.accessEnd.reason})`;
}

/**
 * Which way access moved: later (`extended`: a removed revocation or `end`
 * decision lets access run on), earlier (`shortened`: a removed `keep` brings
 * the next deadline forward), or not at all (`changed`), which a reviewer
 * must see all the same.
 */
function directionOf(base: AccessPlan, head: AccessPlan): AccessChangeKind {
  const [before, after] = [base.accessEnd.at.getTime(), head.accessEnd.at.getTime()];
  return after > before ? "extended" : after < before ? "shortened" : "changed";
}

function revocationChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const [before, after] = [base.engagement.revoked, head.engagement.revoked];
  if (after && !before)
    return [{ kind: "revoked", lane: "engagement", message: `revoked ${describeRevocation(after)}` }];
  if (before && !after) {
    const message = `revocation removed from the record (it was ${describeRevocation(before)})`;
    return [{ kind: directionOf(base, head), lane: "engagement", message }];
  }
  const sameInstant = before && after && Date.parse(before.at) === Date.parse(after.at);
  if (before && after && (!sameInstant || before.by !== after.by || before.reason !== after.reason)) {
    const message = `revocation changed: ${describeRevocation(after)}, instead of ${describeRevocation(before)}`;
    return [{ kind: directionOf(base, head), lane: "engagement", message }];
  }
  return [];
}

/**
 * What a change does to the record: reviews recorded (`reviewed`) or taken
 * out of it, and a revocation added (`revoked`), changed or taken out, with
 * where access now ends on the last of them. A review is a pull request like
 * any other change, so the reviewer sees who reviewed, what they decided, and
 * which deadline it moves; a record taken back is named too, because taking
 * back a revocation or an `end` decision gives access back.
 *
 * @example
 * recordChanges(base, head);
 * // [{ kind: "reviewed", lane: "engagement", message: "review recorded: 2026-11-25 by priya@acme.example, keep; access ends …" }]
 */
export function recordChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const keysOf = (plan: AccessPlan) => new Set(plan.engagement.reviews.map(reviewKey));
  const [baseKeys, headKeys] = [keysOf(base), keysOf(head)];
  const recorded = head.engagement.reviews
    .filter((review) => !baseKeys.has(reviewKey(review)))
    .map(
      (review): Change => ({
        kind: "reviewed",
        lane: "engagement",
        message: `review recorded: ${describeReview(review)}`,
      }),
    );
  const unrecorded = base.engagement.reviews
    .filter((review) => !headKeys.has(reviewKey(review)))
    .map(
      (review): Change => ({
        kind: directionOf(base, head),
        lane: "engagement",
        message: `review removed from the record: ${describeReview(review)}`,
      }),
    );
  const changes = [...recorded, ...unrecorded, ...revocationChanges(base, head)];
  // The end moves once per change: say it on the last record listed.
  const [last, moved] = [changes.at(-1), endMoved(base, head)];
  if (last && moved) changes[changes.length - 1] = { ...last, message: `${last.message}; ${moved}` };
  return changes;
}

/**
 * Where access now ends, when it moved with no record to say so, and not
 * simply with the window's end (which the window's own line says): a setting
 * changed (a review's grace, the time zone), or the window now outlasts a
 * review deadline, so access ends before the window does.
 *
 * @example
 * accessEndChanges(base, head, []);
 * // [{ kind: "extended", lane: "window", message: "access ends 2026-12-04 23:59 (first-week review due 2026-12-01 not recorded) instead of 2026-11-28 23:59 (window ended)" }]
 */
export function accessEndChanges(base: AccessPlan, head: AccessPlan, records: readonly Change[]): Change[] {
  const moved = endMoved(base, head);
  const byWindowAlone = base.accessEnd.cause === "window" && head.accessEnd.cause === "window";
  if (records.length > 0 || !moved || byWindowAlone) return [];
  return [{ kind: directionOf(base, head), lane: "window", message: moved }];
}
