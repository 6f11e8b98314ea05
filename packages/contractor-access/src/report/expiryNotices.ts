import { tz } from "@date-fns/tz";
import { addDays, compareAsc, isWithinInterval } from "date-fns";
import { formatReportInstant } from "../dates/formatReportInstant";
import { iamTime } from "../dates/iamTime";
import { timeRemaining } from "../dates/timeRemaining";
import { laneLines } from "../describe/grantPhrases";
import type { AccessPlan } from "../lanes/accessPlan";
import { plural } from "../text/plural";
import type { ValidatedEngagement } from "../validation/validatedEngagement";

/** One issue the scheduled workflow keeps open: found by its marker, rewritten only between the section markers. */
export interface ExpiryNotice {
  readonly id: string;
  readonly title: string;
  /** The marker line first, then the notice between {@link NOTICE_SECTION}'s markers. */
  readonly body: string;
  /** The first line of the body, unique to the engagement: how the workflow finds its issue. */
  readonly marker: string;
}

/** The markers around the part of an issue the workflow owns; what people write outside them is kept. */
export const NOTICE_SECTION = {
  start: "<!-- contractor-access:notice:start -->",
  end: "<!-- contractor-access:notice:end -->",
} as const;

/** The prefix of every notice's marker, so the workflow can close notices no longer wanted. */
export const NOTICE_MARKER_PREFIX = "<!-- contractor-access:expiry-notice id=";

/** What {@link expiryNotices} reads. */
export interface ExpiryNoticesInput {
  readonly engagements: readonly ValidatedEngagement[];
  readonly now: Date;
  /** How far ahead to look, in calendar days of the stack timezone (`noticeDays`). */
  readonly noticeDays: number;
}

function mention({ owner }: AccessPlan["engagement"]): string {
  // A mention notifies; without a username the owner is named, and the file says how to fix that.
  return owner.github
    ? `@${owner.github}`
    : `${owner.name} <${owner.email}> (set owner.github in the file to be mentioned)`;
}

function endLine(plan: AccessPlan, now: Date): string {
  const { cause, missedReview } = plan.accessEnd;
  const at = `**${formatReportInstant(plan.accessEnd.at, plan.timeZone)} (${plan.timeZone})**, ${iamTime(plan.accessEnd.at)}`;
  const left = timeRemaining(plan.accessWindow, now).words;
  if (cause === "missed-review" && missedReview) {
    return `is suspended after ${at}, in ${left}, unless its ${missedReview.kind} review (due ${missedReview.due}) is recorded: add \`reviews: [{ date, by, decision }]\` to the file in a pull request.`;
  }
  if (cause === "revoked") return `is revoked at ${at}, in ${left}.`;
  return `ends ${at}, in ${left}.`;
}

function noticeBody(file: string, plan: AccessPlan, now: Date, noticeDays: number, marker: string): string {
  const { engagement } = plan;
  const section = [
    NOTICE_SECTION.start,
    `${mention(engagement)}: access for \`${engagement.id}\` (${engagement.contractor.name}: ${engagement.task}; ${engagement.ticket}) ${endLine(plan, now)}`,
    "",
    "What ends then:",
    ...laneLines(plan).map((line) => `- ${line}`),
    "",
    `**To renew**, open a pull request that extends \`window.end\` in \`${file}\`. It is reviewed like the first request, and the review shows it as "extended". Renew only for the same task; a new need is a new engagement.`,
    "",
    `**To end it sooner**, run \`contractor-access revoke ${engagement.id} --by <your email> --reason "<why>"\` and merge the pull request.`,
    "",
    `This issue closes itself when access ends, is revoked, or is extended beyond ${plural(noticeDays, "day")} from now. Write below: only the text between these markers is rewritten.`,
    NOTICE_SECTION.end,
  ];
  return [marker, ...section].join("\n");
}

/**
 * The expiry notices that should be open at `now`: one per engagement whose
 * access ends within `noticeDays` from now, soonest first (one whose access
 * already ended, was suspended or revoked has none). The
 * scheduled workflow reconciles issues to this list: it opens missing ones,
 * rewrites only the marked section of existing ones, and closes the issues
 * of engagements no longer in it (ended, revoked, or extended past the
 * notice period). Deterministic: the same input gives the same text.
 *
 * @example
 * expiryNotices({ engagements, now: new Date("2026-12-01T09:00:00Z"), noticeDays: 5 })[0].title;
 * // "Access for checkout-fix-2026-11 ends 2026-12-05 23:59 (Europe/Berlin)"
 */
export function expiryNotices({ engagements, now, noticeDays }: ExpiryNoticesInput): ExpiryNotice[] {
  return engagements
    .filter(({ plan }) =>
      isWithinInterval(plan.accessEnd.at, { start: now, end: addDays(now, noticeDays, { in: tz(plan.timeZone) }) }),
    )
    .sort(
      (a, b) =>
        compareAsc(a.plan.accessEnd.at, b.plan.accessEnd.at) || (a.plan.engagement.id < b.plan.engagement.id ? -1 : 1),
    )
    .map(({ file, plan }) => {
      const { id } = plan.engagement;
      const marker = `${NOTICE_MARKER_PREFIX}${id} -->`;
      const verb = plan.accessEnd.cause === "missed-review" ? "is suspended after" : "ends";
      return {
        id,
        title: `Access for ${id} ${verb} ${formatReportInstant(plan.accessEnd.at, plan.timeZone)} (${plan.timeZone})`,
        body: noticeBody(file, plan, now, noticeDays, marker),
        marker,
      };
    });
}
