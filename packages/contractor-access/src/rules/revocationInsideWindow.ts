import { isWithinInterval } from "date-fns";
import { approverRefusal } from "./approverRefusal";
import { resolvePositiveWindow } from "./resolvePositiveWindow";
import type { Problem } from "./rule";
import { engagementRule } from "./rule";

/** A revocation is inside the window and by an employee: `revoked.at` within the window, `revoked.by` internal, not the contractor. */
export const revocationInsideWindow = engagementRule(
  "revocationInsideWindow",
  "A revocation is inside the window and by an employee: revoked.at within the window, revoked.by internal, not the contractor.",
  (engagement, settings) => {
    const { revoked } = engagement;
    if (!revoked) return [];
    const problems: Problem[] = [];
    const window = resolvePositiveWindow(engagement.window, settings.timezone);
    if (window && !isWithinInterval(new Date(revoked.at), window)) {
      problems.push({
        path: ["revoked", "at"],
        message: `revoked.at ${revoked.at} is outside the window (${engagement.window.start} to ${engagement.window.end} in ${settings.timezone}); access outside it is already denied, so a revocation there would record an end that never happened`,
      });
    }
    const refusal = approverRefusal(revoked.by, engagement, settings);
    if (refusal) {
      problems.push({
        path: ["revoked", "by"],
        message: `${refusal}; a revocation is recorded by the employee who decided it`,
      });
    }
    return problems;
  },
);
