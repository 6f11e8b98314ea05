import { engagementRule } from "./rule";

/** A `window`-mode production lane has its own window; an `on-call` lane has none, since it spans the engagement. */
export const productionWindowMatchesMode = engagementRule(
  "productionWindowMatchesMode",
  "A window-mode production lane has its own window; an on-call lane has none, since it spans the engagement.",
  (engagement) => {
    const production = engagement.lanes.production;
    if (!production) return [];
    if (production.mode === "window" && !production.window) {
      return [
        {
          path: ["lanes", "production", "window"],
          message:
            "lanes.production.window is required: production access is a short approved window (or mode: on-call, approved as standing emergency access)",
        },
      ];
    }
    if (production.mode === "on-call" && production.window) {
      return [
        {
          path: ["lanes", "production", "window"],
          message:
            "an on-call production lane has no window of its own: it may be assumed at any time inside the engagement window; remove lanes.production.window, or use mode: window",
        },
      ];
    }
    return [];
  },
);
