import { engagementRule } from "./rule";

/** The engagement asks for at least one lane: code, data or production. */
export const atLeastOneLane = engagementRule(
  "atLeastOneLane",
  "The engagement asks for at least one lane: code, data or production.",
  ({ lanes }) =>
    lanes.code || lanes.data || lanes.production
      ? []
      : [
          {
            path: ["lanes"],
            message: "the engagement asks for no lane; add the code, data or production lane the task needs",
          },
        ],
);
