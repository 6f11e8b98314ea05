import { describePerson, describeProduction } from "../describe/grantPhrases";
import type { AccessPlan } from "../lanes/accessPlan";
import type { AccessChange } from "./accessChange";
import { productionWindowChange } from "./windowChanges";

type Change = Omit<AccessChange, "engagement">;

function changed(lane: AccessChange["lane"], what: string, before: string, after: string): Change[] {
  return before === after ? [] : [{ kind: "changed", lane, message: `${what} changed: ${after} instead of ${before}` }];
}

/**
 * Changes to who the engagement is for and who owns it: the contractor's
 * email and GitHub username (their identity everywhere), and the owner.
 *
 * @example
 * engagementChanges(base, head); // [{ kind: "changed", lane: "engagement", message: "owner changed: ... instead of ..." }]
 */
export function engagementChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const [before, after] = [base.engagement, head.engagement];
  return [
    ...changed("engagement", "contractor email", before.contractor.email, after.contractor.email),
    ...changed(
      "engagement",
      "contractor GitHub username",
      before.contractor.github ?? "none",
      after.contractor.github ?? "none",
    ),
    ...changed("engagement", "owner", describePerson(before.owner), describePerson(after.owner)),
  ];
}

/**
 * Production access added or removed, read/operate `widened` or `narrowed`,
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
  const window = productionWindowChange(
    { window: before.window, timeZone: base.timeZone },
    { window: after.window, timeZone: head.timeZone },
  );
  return [
    ...access,
    ...(window ? [window] : []),
    ...changed("production", "production approver", before.approvedBy, after.approvedBy),
    ...changed("production", "production approval reference", before.approval, after.approval),
  ];
}

function toggle(what: string, before: boolean, after: boolean): Change[] {
  if (before === after) return [];
  return [{ kind: after ? "widened" : "narrowed", lane: "aws", message: `${what} switched ${after ? "on" : "off"}` }];
}

/**
 * AWS console sign-in or access keys switched on (`widened`) or off
 * (`narrowed`), and a new key rotation period (`changed`).
 *
 * @example
 * awsChanges(base, head); // [{ kind: "widened", lane: "aws", message: "AWS access keys switched on" }]
 */
export function awsChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const [before, after] = [base.aws, head.aws];
  return [
    ...toggle("AWS console sign-in", before.console, after.console),
    ...toggle("AWS access keys", before.accessKeys, after.accessKeys),
    ...(before.keyRotationDays === after.keyRotationDays
      ? []
      : [
          {
            kind: "changed" as const,
            lane: "aws" as const,
            message: `access keys rotate every ${after.keyRotationDays} days instead of every ${before.keyRotationDays} days`,
          },
        ]),
  ];
}
