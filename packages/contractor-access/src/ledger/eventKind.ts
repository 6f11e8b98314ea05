import type { AccessChange } from "../changes/accessChange";
import type { LedgerEventKind } from "./ledgerEvent";

// A grant added or removed within an engagement widens or narrows it; the
// engagement itself appearing or leaving is a request or a revocation.
function kindOf(change: Pick<AccessChange, "kind" | "lane">): LedgerEventKind {
  if (change.lane === "engagement" && change.kind === "added") return "requested";
  if (change.lane === "engagement" && change.kind === "removed") return "revoked";
  if (change.kind === "added") return "widened";
  if (change.kind === "removed") return "narrowed";
  return change.kind;
}

// Most significant first: what widens access outranks what narrows it, so a
// commit that does both is filed where an auditor looks for new access.
// A revocation recorded in a commit that also extends access (an `end` decision taken back, a
// window moved) is filed as the extension: access is given, whatever the file also records (T16).
const PRECEDENCE: readonly LedgerEventKind[] = [
  "requested",
  "widened",
  "extended",
  "revoked",
  "narrowed",
  "shortened",
  "reviewed",
  "changed",
  "invalid",
];

/**
 * The ledger kind of one engagement's changes in one commit: the most
 * significant among them.
 *
 * @example
 * ledgerEventKind([{ kind: "extended", lane: "window" }, { kind: "removed", lane: "code" }]); // "extended"
 */
export function ledgerEventKind(changes: readonly Pick<AccessChange, "kind" | "lane">[]): LedgerEventKind {
  const kinds = new Set(changes.map(kindOf));
  return PRECEDENCE.find((kind) => kinds.has(kind)) ?? "changed";
}
