import { tz } from "@date-fns/tz";
import { addDays, compareAsc, isWithinInterval } from "date-fns";
import type { EngagementStatus } from "../dates/engagementStatus";
import { timeRemaining } from "../dates/timeRemaining";
import { laneLines } from "../describe/grantPhrases";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { type ProvisioningDecision, provisioningDecision } from "../lifecycle/provisioningDecision";
import { reviewSchedule, reviewsDueWithin } from "../lifecycle/reviewSchedule";
import { sharedSecretRotationPlans } from "../lifecycle/sharedSecretRotationPlans";
import { compareText } from "../text/compareText";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import type { AccessReport, ReportEngagement } from "./accessReport";
import { offboardingChecklist } from "./offboardingChecklist";
import { reportPeople, reportWindow } from "./reportRecord";

/** What {@link buildReport} reads: validated input and the instant to report at. */
export interface BuildReportInput {
  readonly settings: StackSettings;
  /** Engagements that passed validation, with their files and plans. */
  readonly engagements: readonly ValidatedEngagement[];
  readonly now: Date;
  /** How far ahead "ending soon" and "reviews due" look, in calendar days of the stack timezone. */
  readonly withinDays: number;
  /** Leave out engagements that ended before this instant (`report --since`); their files stay the record. */
  readonly endedSince?: Date;
}

interface Entry {
  readonly file: string;
  readonly plan: AccessPlan;
  readonly decision: ProvisioningDecision;
}

function byInstant(instant: (entry: Entry) => Date, direction: 1 | -1) {
  return (a: Entry, b: Entry) =>
    direction * compareAsc(instant(a), instant(b)) || compareText(a.plan.engagement.id, b.plan.engagement.id);
}

function reportEngagement({ file, plan, decision }: Entry, now: Date, reviewIntervalDays: number): ReportEngagement {
  const { engagement } = plan;
  const next = decision.status === "ended" ? undefined : reviewSchedule(plan, reviewIntervalDays, now).next;
  return {
    id: engagement.id,
    file,
    task: engagement.task,
    ticket: engagement.ticket,
    ...reportPeople(engagement),
    window: reportWindow(plan.window),
    status: decision.status,
    provisioned: decision.provisioned,
    ...(decision.status === "ended" ? {} : { timeRemaining: timeRemaining(plan.window, now).words }),
    ...(next ? { nextReview: next.toISOString() } : {}),
    lanes: laneLines(plan),
    sharedSecrets: engagement.sharedSecrets,
  };
}

/**
 * Builds the access report at `now`: active, upcoming and ended
 * engagements, those ending within `withinDays`, the reviews due in that
 * time, and an offboarding checklist for every ended engagement. Status and
 * provisioning are decided exactly as the stack decides them, so the report
 * says what a `pulumi up` at this instant does. The result is plain
 * JSON: it is the `--format json` output.
 *
 * @throws {RangeError} when `withinDays` is not a whole number of days, 0 or more.
 * @example
 * const report = buildReport({ settings, engagements, now: new Date("2026-11-26T12:00:00Z"), withinDays: 7 });
 * report.endingSoon; // [{ id: "checkout-fix-2026-11", owner: "priya@acme.example", end: "2026-11-28T23:59:59.999Z", timeRemaining: "2 days" }]
 */
export function buildReport(input: BuildReportInput): AccessReport {
  const { settings, now, withinDays } = input;
  if (!Number.isInteger(withinDays) || withinDays < 0) {
    throw new RangeError(`withinDays must be a whole number of days, 0 or more, got ${withinDays}`);
  }
  const entries: Entry[] = input.engagements.map(({ file, plan }) => ({
    file,
    plan,
    decision: provisioningDecision(plan, now, settings.upcomingLeadDays),
  }));
  const withStatus = (status: EngagementStatus) => entries.filter(({ decision }) => decision.status === status);
  const active = withStatus("active").sort(byInstant(({ plan }) => plan.window.end, 1));
  const upcoming = withStatus("upcoming").sort(byInstant(({ plan }) => plan.window.start, 1));
  const ended = withStatus("ended")
    .filter(({ plan }) => !input.endedSince || compareAsc(plan.window.end, input.endedSince) >= 0)
    .sort(byInstant(({ plan }) => plan.window.end, -1));
  const horizon = { start: now, end: addDays(now, withinDays, { in: tz(settings.timezone) }) };
  const report = (entry: Entry) => reportEngagement(entry, now, settings.reviewIntervalDays);

  const endingSoon = active
    .filter(({ plan }) => isWithinInterval(plan.window.end, horizon))
    .map(({ plan }) => ({
      id: plan.engagement.id,
      owner: plan.engagement.owner.email,
      end: plan.window.end.toISOString(),
      timeRemaining: timeRemaining(plan.window, now).words,
    }));
  const reviewsDue = [...active, ...upcoming]
    .flatMap(({ plan }) =>
      reviewsDueWithin(plan, settings.reviewIntervalDays, now, withinDays).map(({ kind, due }) => ({
        id: plan.engagement.id,
        owner: plan.engagement.owner.email,
        kind,
        due: due.toISOString(),
      })),
    )
    .sort((a, b) => compareText(a.due, b.due) || compareText(a.id, b.id));
  const context = {
    settings,
    // Organization membership follows GitHub access, which waits for the start (no lead time).
    provisioned: entries.filter(({ decision }) => decision.github).map(({ plan }) => plan),
    rotations: sharedSecretRotationPlans(entries, settings),
  };

  return {
    reportVersion: 1,
    generatedAt: now.toISOString(),
    timeZone: settings.timezone,
    withinDays,
    counts: { active: active.length, upcoming: upcoming.length, ended: ended.length },
    active: active.map(report),
    upcoming: upcoming.map(report),
    ended: ended.map(report),
    endingSoon,
    reviewsDue,
    offboarding: ended.map((entry) => offboardingChecklist(entry, context)),
  };
}
