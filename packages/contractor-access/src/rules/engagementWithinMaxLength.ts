import { tz } from "@date-fns/tz";
import { addDays, addMilliseconds, differenceInDays, isAfter } from "date-fns";
import { resolvePositiveWindow } from "./resolvePositiveWindow";
import { engagementRule } from "./rule";

/** The engagement ends no later than `settings.maxEngagementDays` calendar days after it starts, in the stack timezone. */
export const engagementWithinMaxLength = engagementRule(
  "engagementWithinMaxLength",
  "The engagement ends no later than settings.maxEngagementDays calendar days after it starts, in the stack timezone.",
  (engagement, settings) => {
    const window = resolvePositiveWindow(engagement.window, settings.timezone);
    if (!window) return []; // windowEndsAfterStart reports it
    const zone = { in: tz(settings.timezone) };
    const maxDays = settings.maxEngagementDays;
    if (!isAfter(window.end, addDays(window.start, maxDays, zone))) return [];
    // Both ends are inclusive: the day that ends at 23:59:59.999 counts whole.
    const afterEnd = addMilliseconds(window.end, 1);
    const fullDays = differenceInDays(afterEnd, window.start, zone);
    const whole = !isAfter(afterEnd, addDays(window.start, fullDays, zone));
    const length = whole ? `${fullDays} days` : `more than ${fullDays} days`;
    const { start, end } = engagement.window;
    return [
      {
        path: ["window", "end"],
        message: `the engagement lasts ${length} (${start} to ${end} in ${settings.timezone}), more than the maximum of ${maxDays} days; end it within ${maxDays} days of its start, and make a renewal a new engagement that is reviewed again`,
      },
    ];
  },
);
