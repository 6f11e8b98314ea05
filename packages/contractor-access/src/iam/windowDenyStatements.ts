import { iamTime } from "../dates/iamTime";
import type { ResolvedWindow } from "../dates/resolveWindow";
import type { PolicyStatement } from "./policyDocument";

/**
 * Two explicit Denies on everything outside a window, by `aws:CurrentTime`.
 * IAM access keys and sessions have no expiry of their own, so this is what
 * ends access at the second the window closes even when no pipeline runs.
 * Two statements because conditions in one statement are ANDed.
 *
 * Both edges are inclusive: access is allowed at the start and at the end
 * instant (to the second) and denied one second outside either.
 *
 * @param sidPrefix Distinguishes the engagement window from the production window.
 * @example
 * windowDenyStatements(window, "Engagement"); // [{ Sid: "EngagementDenyBeforeStart", ... }, { Sid: "EngagementDenyAfterEnd", ... }]
 */
export function windowDenyStatements(window: ResolvedWindow, sidPrefix: string): PolicyStatement[] {
  return [
    {
      Sid: `${sidPrefix}DenyBeforeStart`,
      Effect: "Deny",
      Action: "*",
      Resource: "*",
      Condition: { DateLessThan: { "aws:CurrentTime": iamTime(window.start) } },
    },
    {
      Sid: `${sidPrefix}DenyAfterEnd`,
      Effect: "Deny",
      Action: "*",
      Resource: "*",
      Condition: { DateGreaterThan: { "aws:CurrentTime": iamTime(window.end) } },
    },
  ];
}
