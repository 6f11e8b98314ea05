import { tz } from "@date-fns/tz";
import { addHours, formatDuration, intervalToDuration, isAfter } from "date-fns";
import { resolvePositiveWindow } from "./resolvePositiveWindow";
import { engagementRule } from "./rule";

/** The production window lasts at most `settings.maxProductionHours` hours. */
export const productionWindowWithinMaxHours = engagementRule(
  "productionWindowWithinMaxHours",
  "The production window lasts at most settings.maxProductionHours hours.",
  (engagement, settings) => {
    const own = engagement.lanes.production?.window;
    const window = own && resolvePositiveWindow(own, settings.timezone);
    if (!own || !window) return []; // windowEndsAfterStart reports a backwards window; on call has none
    const maxHours = settings.maxProductionHours;
    if (!isAfter(window.end, addHours(window.start, maxHours))) return [];
    const { start, end } = own;
    const length = formatDuration(intervalToDuration(window, { in: tz(settings.timezone) }));
    return [
      {
        path: ["lanes", "production", "window", "end"],
        message: `the production window lasts ${length} (${start} to ${end}), more than the maximum of ${formatDuration({ hours: maxHours })}; request a shorter window, and another approved window if the work needs one`,
      },
    ];
  },
);
