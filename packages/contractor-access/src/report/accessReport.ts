import type { AccessEndCause } from "../lanes/accessEnd";
import type { AccessStatus } from "../lifecycle/accessStatus";

// The report is the `--format json` output that scheduled jobs consume, so
// every field is plain JSON: instants are ISO 8601 strings in UTC, optional
// fields are omitted rather than null, and lists are sorted deterministically.

/** An internal person, as named in an engagement. */
export interface ReportPerson {
  readonly name: string;
  readonly email: string;
}

/** The contractor of an engagement. */
export interface ReportContractor extends ReportPerson {
  readonly company?: string;
  readonly github?: string;
}

/** A window as two ISO instants in UTC, both inclusive. */
export interface ReportWindow {
  readonly start: string;
  readonly end: string;
}

/** One engagement as the report lists it under active, upcoming or ended. */
export interface ReportEngagement {
  readonly id: string;
  /** The engagement file, as loaded. */
  readonly file: string;
  readonly task: string;
  readonly ticket: string;
  readonly owner: ReportPerson;
  readonly contractor: ReportContractor;
  readonly window: ReportWindow;
  /** `upcoming`, `active`, `suspended` (a missed review), `revoked` or `ended`. */
  readonly status: AccessStatus;
  /** When access ends, or ended: the earliest of the window's end, a missed review's deadline, an `end` review and a revocation. */
  readonly accessEnds: string;
  /** Whether the stack provisions it now (upcoming ones only within `upcomingLeadDays`). */
  readonly provisioned: boolean;
  /** Time to the end of the window, such as "3 days" or "5 hours"; active and upcoming only. */
  readonly timeRemaining?: string;
  /** The next first-week or periodic review at or after the report's instant; active and upcoming only. */
  readonly nextReview?: string;
  /** One plain sentence per lane, such as "code: storefront (push) for GitHub user dana-codes". */
  readonly lanes: readonly string[];
  /** Catalog names of the shared secrets it may read. */
  readonly sharedSecrets: readonly string[];
}

/** An active engagement whose window ends within the report's `withinDays`. */
export interface EndingSoon {
  readonly id: string;
  /** The owner's email: who to ask about renewal, which is a new, deliberate change. */
  readonly owner: string;
  readonly end: string;
  readonly timeRemaining: string;
}

/** The next review of an engagement, from its recorded reviews, when it falls due within the report's `withinDays` or is overdue. */
export interface ReviewDue {
  readonly id: string;
  /** The owner's email: who reviews. */
  readonly owner: string;
  readonly kind: "first-week" | "periodic";
  readonly due: string;
  /** The last instant of the grace days: access is suspended after it unless a review is recorded. */
  readonly suspendsAfter: string;
  /** Whether the due date has passed without a recorded review. */
  readonly overdue: boolean;
}

/** An approval recorded in an engagement, for the offboarding record. */
export interface ReportApproval {
  readonly lane: "production" | "data";
  readonly approvedBy: string;
  readonly approval?: string;
  readonly reason?: string;
}

/** What to do about one shared secret an ended engagement could read. */
export interface SecretToRotate {
  readonly name: string;
  readonly arn: string;
  readonly rotation: "generated" | "manual";
  /** What happens or what a person must do, in one sentence. */
  readonly action: string;
}

/** The offboarding checklist of one ended engagement, with the record to keep. */
export interface OffboardingChecklist {
  readonly id: string;
  /** When access ended: the instant the IAM Deny took over. */
  readonly endedAt: string;
  /** Why: the window ended, a review was missed, a review decided to end it, or it was revoked. */
  readonly endedBecause: AccessEndCause;
  /** The same in words, such as "first-week review due 2026-12-01 not recorded". */
  readonly endReason: string;
  /** Who ended it: the revoker or the reviewer who decided `end`; absent for the window and a missed review. */
  readonly endedBy?: string;
  /** Request, approvals, systems and end date: what the team must find in six months. */
  readonly record: {
    readonly file: string;
    readonly task: string;
    readonly ticket: string;
    readonly owner: ReportPerson;
    readonly contractor: ReportContractor;
    readonly approvals: readonly ReportApproval[];
    readonly window: ReportWindow;
  };
  /** What the stack revoked, in plain language, one item per resource or grant. */
  readonly revoked: readonly string[];
  readonly secretsToRotate: readonly SecretToRotate[];
  /** What to keep, and where. */
  readonly archive: readonly string[];
}

/**
 * The access report: the `--format json` output of `contractor-access report`.
 *
 * @example
 * {
 *   "reportVersion": 1, "generatedAt": "2026-11-29T12:00:00.000Z", "timeZone": "UTC", "withinDays": 7,
 *   "counts": { "active": 1, "upcoming": 0, "suspended": 0, "revoked": 0, "ended": 1 },
 *   "active": [{ "id": "payments-2026-12", "window": { "start": "2026-11-25T00:00:00.000Z", "end": "2026-12-03T23:59:59.999Z" }, ... }],
 *   "endingSoon": [{ "id": "payments-2026-12", "owner": "priya@acme.example", "end": "2026-12-03T23:59:59.999Z", "timeRemaining": "4 days" }],
 *   "reviewsDue": [{ "id": "payments-2026-12", "owner": "priya@acme.example", "kind": "first-week", "due": "2026-12-02T00:00:00.000Z" }],
 *   "offboarding": [{ "id": "checkout-fix-2026-11", "endedAt": "2026-11-28T23:59:59.999Z", "revoked": [...], ... }]
 * }
 */
export interface AccessReport {
  /** Bumped when a field changes meaning or disappears, so that automation can check it. */
  readonly reportVersion: 1;
  readonly generatedAt: string;
  /** The stack timezone that calendar dates and reviews are read in. */
  readonly timeZone: string;
  readonly withinDays: number;
  /** How many engagements have each status; `ended` counts those whose window ended or a review ended them. */
  readonly counts: Readonly<Record<AccessStatus, number>>;
  /** Every engagement with its status, by id. */
  readonly engagements: readonly { readonly id: string; readonly status: AccessStatus }[];
  /** Sorted by end, soonest first. */
  readonly active: readonly ReportEngagement[];
  /** Sorted by start, soonest first. */
  readonly upcoming: readonly ReportEngagement[];
  /** Engagements whose access is over (ended, suspended, revoked), sorted by the end of access, most recent first. */
  readonly ended: readonly ReportEngagement[];
  readonly endingSoon: readonly EndingSoon[];
  readonly reviewsDue: readonly ReviewDue[];
  /** One checklist per ended engagement, in the order of `ended`. */
  readonly offboarding: readonly OffboardingChecklist[];
}
