import { tz } from "@date-fns/tz";
import { addDays, isAfter } from "date-fns";
import { resolvePositiveWindow } from "./resolvePositiveWindow";
import { engagementRule } from "./rule";

/** An engagement with on-call production ends no later than `settings.maxOnCallDays` calendar days after it starts. */
export const onCallWithinMaxDays = engagementRule(
  "onCallWithinMaxDays",
  "An engagement with on-call production ends no later than settings.maxOnCallDays calendar days after it starts.",
  (engagement, settings) => {
    if (engagement.lanes.production?.mode !== "on-call") return [];
    const window = resolvePositiveWindow(engagement.window, settings.timezone);
    if (!window) return []; // windowEndsAfterStart reports it
    const maxDays = settings.maxOnCallDays;
    // Same counting as engagementWithinMaxLength: both ends inclusive, calendar days in the stack timezone.
    if (!isAfter(window.end, addDays(window.start, maxDays, { in: tz(settings.timezone) }))) return [];
    const { start, end } = engagement.window;
    return [
      {
        path: ["window", "end"],
        message: `on-call production is standing emergency access, so the engagement may last at most ${maxDays} days (settings.maxOnCallDays); it runs ${start} to ${end}: end it sooner and renew it as a new, reviewed change`,
      },
    ];
  },
);
