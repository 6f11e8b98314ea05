import type { AccessChange } from "../changes/accessChange";
import type { AccessEndCause } from "../lanes/accessEnd";

/**
 * What a commit did to an engagement's access, as an auditor files it.
 * `requested`: the engagement appeared; `widened`/`narrowed`: grants added or
 * made wider, removed or made narrower; `extended`/`shortened`: the window;
 * `revoked`: the file left the repository (which revokes everything at the
 * next `pulumi up`) or recorded a revocation; `reviewed`: a review was
 * recorded; `changed`: neither wider nor narrower (the owner, the ticket);
 * `invalid`: the version at that commit did not validate, so it granted nothing.
 */
export type LedgerEventKind =
  | "requested"
  | "widened"
  | "narrowed"
  | "extended"
  | "shortened"
  | "reviewed"
  | "revoked"
  | "changed"
  | "invalid";

/** Who approved what, as the engagement file said at that commit. */
export interface LedgerApprovals {
  /** The employee accountable for the engagement. */
  readonly owner: string;
  /** The production lane's approver and approval reference, and on call the separate operate approver. */
  readonly production?: { readonly approvedBy: string; readonly approval: string; readonly operateApprovedBy?: string };
  /** The approver of live datasets in the data lane. */
  readonly data?: { readonly approvedBy: string };
}

/** Why access ends: the plan's own cause (window, missed review, `end` review, revocation), or the file's removal. */
export type AccessEndReason = AccessEndCause | "removed";

/** When access ends according to the engagement at that commit. */
export interface AccessEnd {
  /** The instant, ISO 8601 UTC to the second, as IAM compares it. */
  readonly at: string;
  readonly reason: AccessEndReason;
  /** Whether that instant is at or before the ledger's `now`: access has actually ended. */
  readonly ended: boolean;
}

/** One change to one engagement in one commit. */
export interface LedgerEvent {
  readonly commit: string;
  /** The author date, ISO 8601 with the author's offset. */
  readonly date: string;
  readonly author: string;
  readonly engagement: string;
  /** The file's path from the repository root at that commit. */
  readonly file: string;
  /** The most significant kind of the changes, in the order of {@link LedgerEventKind}. */
  readonly kind: LedgerEventKind;
  /** The access diff, as `plan --base` words it; for `invalid`, the problems. */
  readonly changes: readonly Pick<AccessChange, "kind" | "lane" | "message">[];
  /** The approver fields at that commit; `undefined` when the version did not validate. */
  readonly approvals: LedgerApprovals | undefined;
  /** When access ends as of that commit; `undefined` when the version did not validate. */
  readonly accessEnds: AccessEnd | undefined;
}
