import { tz } from "@date-fns/tz";
import { isBefore, subDays } from "date-fns";
import type { AccessPlan } from "../lanes/accessPlan";
import { type AccessStatus, accessStatus } from "./accessStatus";

/** Whether the stack provisions an engagement at an instant, and why. */
export interface ProvisioningDecision {
  readonly status: AccessStatus;
  /** Whether the AWS identity exists: active, or upcoming within the lead time (denied by policy until the start). */
  readonly provisioned: boolean;
  /**
   * Whether the code lane exists on GitHub: only while the engagement is
   * active. GitHub has no time condition, so the lead time never applies to it.
   */
  readonly github: boolean;
  /** A phrase for the review, such as "active until 2026-11-28T23:59:59Z". */
  readonly reason: string;
}

/**
 * Decides whether an engagement is provisioned at `now`:
 * - active engagements are;
 * - upcoming ones only within `leadDays` calendar days of their start
 *   (default none: just in time), and even then the window Deny keeps
 *   them unusable until the start; their GitHub access waits for the
 *   start, since nothing on GitHub can be denied by time;
 * - ended, suspended (a missed review) and revoked ones are not, so the next
 *   `pulumi up` deletes what they had while their files stay in the
 *   repository as the record; the IAM Deny has already ended their access.
 *
 * @example
 * provisioningDecision(plan, new Date("2026-11-29T00:00:00Z"), 0).provisioned; // false: ended
 */
export function provisioningDecision(plan: AccessPlan, now: Date, leadDays: number): ProvisioningDecision {
  const status = accessStatus(plan, now);
  if (status === "active") return { status, provisioned: true, github: true, reason: "active" };
  if (status === "ended")
    return { status, provisioned: false, github: false, reason: "ended: access revoked, file kept as the record" };
  if (status === "suspended")
    return {
      status,
      provisioned: false,
      github: false,
      reason: `suspended: ${plan.accessEnd.reason}; recording the review restores it`,
    };
  if (status === "revoked")
    return {
      status,
      provisioned: false,
      github: false,
      reason: `revoked by ${plan.accessEnd.by}, file kept as the record`,
    };
  const provisionFrom = subDays(plan.window.start, leadDays, { in: tz(plan.timeZone) });
  return isBefore(now, provisionFrom)
    ? { status, provisioned: false, github: false, reason: "upcoming: provisioned when it starts" }
    : {
        status,
        provisioned: true,
        github: false,
        reason: `upcoming: AWS identity provisioned ${leadDays} days ahead, unusable until it starts; GitHub access from the start`,
      };
}
