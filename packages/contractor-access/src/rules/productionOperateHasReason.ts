import { engagementRule } from "./rule";

/** Production access `operate` comes with `lanes.production.reason`. */
export const productionOperateHasReason = engagementRule(
  "productionOperateHasReason",
  "Production access operate comes with lanes.production.reason.",
  ({ lanes: { production } }) =>
    production?.access === "operate" && production.reason === undefined
      ? [
          {
            path: ["lanes", "production", "reason"],
            message: `lanes.production.access is "operate" but lanes.production.reason is missing; say why the task must change production rather than read it, or use access "read"`,
          },
        ]
      : [],
);
