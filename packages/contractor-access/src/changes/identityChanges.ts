import { describePerson } from "../describe/grantPhrases";
import type { AccessPlan } from "../lanes/accessPlan";
import { type Change, changed } from "./changeParts";

/**
 * Changes to who the engagement is for and who owns it: the contractor's
 * email, GitHub username and adopted Identity Store user (their identity
 * everywhere), and the owner.
 *
 * @example
 * identityChanges(base, head); // [{ kind: "changed", lane: "engagement", message: "owner changed: ... instead of ..." }]
 */
export function identityChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const [before, after] = [base.engagement, head.engagement];
  return [
    ...changed("engagement", "contractor email", before.contractor.email, after.contractor.email),
    ...changed(
      "engagement",
      "contractor GitHub username",
      before.contractor.github ?? "none",
      after.contractor.github ?? "none",
    ),
    ...changed(
      "engagement",
      "contractor Identity Store user",
      before.contractor.identityCenterUserId ?? "none (the stack's own)",
      after.contractor.identityCenterUserId ?? "none (the stack's own)",
    ),
    ...changed("engagement", "owner", describePerson(before.owner), describePerson(after.owner)),
  ];
}
