import { tz } from "@date-fns/tz";
import { addHours, formatDuration, intervalToDuration, isAfter } from "date-fns";
import { resolvePositiveWindow } from "./resolvePositiveWindow";
import { engagementRule } from "./rule";

/** The production window lasts at most `settings.maxProductionHours` hours. */
export const productionWindowWithinMaxHours = engagementRule(
  "productionWindowWithinMaxHours",
  "The production window lasts at most settings.maxProductionHours hours.",
  (engagement, settings) => {
    const production = engagement.lanes.production;
    const window = production && resolvePositiveWindow(production.window, settings.timezone);
    if (!production || !window) return []; // windowEndsAfterStart reports a backwards window
    const maxHours = settings.maxProductionHours;
    if (!isAfter(window.end, addHours(window.start, maxHours))) return [];
    const { start, end } = production.window;
    const length = formatDuration(intervalToDuration(window, { in: tz(settings.timezone) }));
    return [
      {
        path: ["lanes", "production", "window", "end"],
        message: `the production window lasts ${length} (${start} to ${end}), more than the maximum of ${formatDuration({ hours: maxHours })}; request a shorter window, and another approved window if the work needs one`,
      },
    ];
  },
);
