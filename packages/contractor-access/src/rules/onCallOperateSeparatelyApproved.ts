import { approverRefusal } from "./approverRefusal";
import { engagementRule } from "./rule";

/** On call, `operate` is approved separately: `lanes.production.operateApprovedBy` is an employee other than the contractor. */
export const onCallOperateSeparatelyApproved = engagementRule(
  "onCallOperateSeparatelyApproved",
  "On call, operate is approved separately: lanes.production.operateApprovedBy is an employee other than the contractor.",
  (engagement, settings) => {
    const production = engagement.lanes.production;
    if (production?.mode !== "on-call" || production.access !== "operate") return [];
    const path = ["lanes", "production", "operateApprovedBy"];
    if (!production.operateApprovedBy) {
      return [
        {
          path,
          message:
            "on-call operate access needs its own approval: set lanes.production.operateApprovedBy to the employee who approved changes to production at any hour, or use access: read",
        },
      ];
    }
    const refusal = approverRefusal(production.operateApprovedBy, engagement, settings);
    return refusal
      ? [
          {
            path,
            message: `lanes.production.operateApprovedBy ${refusal}; on-call operate must be approved by an employee other than the contractor`,
          },
        ]
      : [];
  },
);
