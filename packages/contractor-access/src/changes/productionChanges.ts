import { describeProduction } from "../describe/grantPhrases";
import type { AccessPlan } from "../lanes/accessPlan";
import { type Change, changed } from "./changeParts";
import { productionWindowChange } from "./windowChanges";

/**
 * Production access added or removed, going on call or leaving it, read/operate `widened` or `narrowed`,
 * its window moved, and its approver or approval reference replaced.
 *
 * @example
 * productionChanges(base, head); // [{ kind: "widened", lane: "production", message: "production access: operate instead of read" }]
 */
export function productionChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const [before, after] = [base.production, head.production];
  if (!before && !after) return [];
  if (!before || !after) {
    return after
      ? [
          {
            kind: "added",
            lane: "production",
            message: `production added: ${describeProduction(after, head.timeZone)}`,
          },
        ]
      : [{ kind: "removed", lane: "production", message: "production access removed" }];
  }
  const access: Change[] =
    before.access === after.access
      ? []
      : [
          {
            kind: after.access === "operate" ? "widened" : "narrowed",
            lane: "production",
            message: `production access: ${after.access} instead of ${before.access}`,
          },
        ];
  // On call is standing emergency access: going on call widens access, leaving it narrows it.
  const mode: Change[] =
    before.mode === after.mode
      ? []
      : [
          {
            kind: after.mode === "on-call" ? "widened" : "narrowed",
            lane: "production",
            message: `production mode: ${after.mode} instead of ${before.mode}${after.mode === "on-call" ? " (standing emergency access, at any time inside the engagement window)" : ""}`,
          },
        ];
  const window = productionWindowChange(
    { window: before.window, timeZone: base.timeZone },
    { window: after.window, timeZone: head.timeZone },
  );
  return [
    ...mode,
    ...access,
    ...(window ? [window] : []),
    ...changed("production", "production approver", before.approvedBy, after.approvedBy),
    ...changed("production", "production approval reference", before.approval, after.approval),
    ...changed(
      "production",
      "on-call operate approver",
      before.operateApprovedBy ?? "none",
      after.operateApprovedBy ?? "none",
    ),
  ];
}
