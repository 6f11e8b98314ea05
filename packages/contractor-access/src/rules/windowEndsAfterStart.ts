import type { WindowInput } from "../dates/resolveWindow";
import { resolvePositiveWindow } from "./resolvePositiveWindow";
import { engagementRule, type Problem } from "./rule";

function problemsOf(window: WindowInput, path: readonly string[], timeZone: string): Problem[] {
  if (resolvePositiveWindow(window, timeZone)) return [];
  const field = path.join(".");
  return [
    {
      path: [...path, "end"],
      message: `${field}.end "${window.end}" is not after ${field}.start "${window.start}" (dates are read in ${timeZone}); set an end after the start`,
    },
  ];
}

/** Every window ends after it starts, in the stack timezone: the engagement's and the production lane's. */
export const windowEndsAfterStart = engagementRule(
  "windowEndsAfterStart",
  "Every window ends after it starts, in the stack timezone: the engagement's and the production lane's.",
  (engagement, settings) => {
    const production = engagement.lanes.production;
    return [
      ...problemsOf(engagement.window, ["window"], settings.timezone),
      ...(production?.window
        ? problemsOf(production.window, ["lanes", "production", "window"], settings.timezone)
        : []),
    ];
  },
);
