import { isWithinInterval } from "date-fns";
import { resolvePositiveWindow } from "./resolvePositiveWindow";
import { engagementRule, type Problem } from "./rule";

/** The production window starts and ends within the engagement window, in the stack timezone. */
export const productionWindowInsideEngagement = engagementRule(
  "productionWindowInsideEngagement",
  "The production window starts and ends within the engagement window, in the stack timezone.",
  (engagement, settings) => {
    const production = engagement.lanes.production;
    // On call there is no window of its own (productionWindowMatchesMode reports one).
    const own = production?.window;
    if (!production || !own) return [];
    const outer = resolvePositiveWindow(engagement.window, settings.timezone);
    const inner = resolvePositiveWindow(own, settings.timezone);
    if (!outer || !inner) return []; // windowEndsAfterStart reports it
    const { start, end } = engagement.window;
    return (["start", "end"] as const).flatMap((edge): Problem[] =>
      isWithinInterval(inner[edge], outer)
        ? []
        : [
            {
              path: ["lanes", "production", "window", edge],
              message: `lanes.production.window.${edge} "${own[edge]}" is outside the engagement window (${start} to ${end} in ${settings.timezone}); production access must start and end within the engagement`,
            },
          ],
    );
  },
);
