import { engagementRule } from "./rule";

/** The engagement does not ask for the code, data and production lanes at once (a warning for the reviewer). */
export const lanesAreKeptApart = engagementRule(
  "lanesAreKeptApart",
  "The engagement does not ask for the code, data and production lanes at once (a warning for the reviewer).",
  ({ lanes }) =>
    lanes.code && lanes.data && lanes.production
      ? [
          {
            path: ["lanes"],
            message:
              "the engagement asks for the code, data and production lanes at once, so the contractor can roam the whole company; the reviewer should confirm the task needs all three",
          },
        ]
      : [],
  "warning",
);
