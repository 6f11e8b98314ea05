import { tz } from "@date-fns/tz";
import { addDays, compareAsc, isWithinInterval } from "date-fns";
import { timeRemaining } from "../dates/timeRemaining";
import { laneLines } from "../describe/grantPhrases";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { ACCESS_STATUSES, type AccessStatus, accessIsOver } from "../lifecycle/accessStatus";
import { identityCenterUsers } from "../lifecycle/identityCenterUsers";
import { organizationMembers } from "../lifecycle/organizationMembers";
import { type ProvisioningDecision, provisioningDecision } from "../lifecycle/provisioningDecision";
import { recordedReviewDue } from "../lifecycle/recordedReviewDue";
import { sharedSecretRotationPlans } from "../lifecycle/sharedSecretRotationPlans";
import { compareText } from "../text/compareText";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import type { AccessReport, ReportEngagement } from "./accessReport";
import { type OffboardingContext, offboardingChecklist } from "./offboardingChecklist";
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

function reportEngagement({ file, plan, decision }: Entry, now: Date, settings: StackSettings): ReportEngagement {
  const { engagement } = plan;
  const next = accessIsOver(decision.status) ? undefined : recordedReviewDue(plan, settings);
  return {
    id: engagement.id,
    file,
    task: engagement.task,
    ticket: engagement.ticket,
    ...reportPeople(engagement),
    window: reportWindow(plan.window),
    status: decision.status,
    accessEnds: plan.accessEnd.at.toISOString(),
    provisioned: decision.provisioned,
    ...(accessIsOver(decision.status) ? {} : { timeRemaining: timeRemaining(plan.accessWindow, now).words }),
    ...(next ? { nextReview: next.due.toISOString() } : {}),
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
  const withStatus = (status: AccessStatus) => entries.filter(({ decision }) => decision.status === status);
  const active = withStatus("active").sort(byInstant(({ plan }) => plan.accessEnd.at, 1));
  const upcoming = withStatus("upcoming").sort(byInstant(({ plan }) => plan.window.start, 1));
  const ended = entries
    .filter(({ decision }) => accessIsOver(decision.status))
    .filter(({ plan }) => !input.endedSince || compareAsc(plan.accessEnd.at, input.endedSince) >= 0)
    .sort(byInstant(({ plan }) => plan.accessEnd.at, -1));
  const horizon = { start: now, end: addDays(now, withinDays, { in: tz(settings.timezone) }) };
  const report = (entry: Entry) => reportEngagement(entry, now, settings);
  // `--since` leaves out what ended earlier, from the counts as from the lists.
  const listed = [...active, ...upcoming, ...ended];

  const endingSoon = active
    .filter(({ plan }) => isWithinInterval(plan.accessEnd.at, horizon))
    .map(({ plan }) => ({
      id: plan.engagement.id,
      owner: plan.engagement.owner.email,
      end: plan.accessEnd.at.toISOString(),
      timeRemaining: timeRemaining(plan.accessWindow, now).words,
    }));
  // From the recorded reviews: the next one due, overdue when its day has
  // passed, until the grace ends and access is suspended.
  const reviewsDue = [...active, ...upcoming]
    .flatMap(({ plan }) => {
      const next = recordedReviewDue(plan, settings);
      if (!next || compareAsc(next.due, horizon.end) > 0) return [];
      return [
        {
          id: plan.engagement.id,
          owner: plan.engagement.owner.email,
          kind: next.kind,
          due: next.due.toISOString(),
          suspendsAfter: next.graceEnds.toISOString(),
          overdue: compareAsc(next.due, now) < 0,
        },
      ];
    })
    .sort((a, b) => compareText(a.due, b.due) || compareText(a.id, b.id));
  // Person-level identities, decided as the stack decides them, once for every checklist: organization
  // membership follows GitHub access, which waits for the start; an Identity Store user follows the AWS
  // identity, provisioned ahead within the lead time.
  const context: OffboardingContext = {
    settings,
    members: organizationMembers(entries.filter(({ decision }) => decision.github).map(({ plan }) => plan)),
    identityCenterUsers: identityCenterUsers(
      entries.filter(({ decision }) => decision.provisioned).map(({ plan }) => plan),
    ),
    rotations: sharedSecretRotationPlans(entries, settings),
  };

  return {
    reportVersion: 1,
    generatedAt: now.toISOString(),
    timeZone: settings.timezone,
    withinDays,
    counts: Object.fromEntries(
      ACCESS_STATUSES.map((status) => [status, listed.filter(({ decision }) => decision.status === status).length]),
    ) as Record<AccessStatus, number>,
    engagements: listed
      .map(({ plan, decision }) => ({ id: plan.engagement.id, status: decision.status }))
      .sort((a, b) => compareText(a.id, b.id)),
    active: active.map(report),
    upcoming: upcoming.map(report),
    ended: ended.map(report),
    endingSoon,
    reviewsDue,
    offboarding: ended.map((entry) => offboardingChecklist(entry, context)),
  };
}
