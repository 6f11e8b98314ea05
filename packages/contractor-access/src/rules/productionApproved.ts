import { approverRefusal } from "./approverRefusal";
import { engagementRule } from "./rule";

/** Production access is approved by an employee other than the contractor: `lanes.production.approvedBy` is internal. */
export const productionApproved = engagementRule(
  "productionApproved",
  "Production access is approved by an employee other than the contractor: lanes.production.approvedBy is internal.",
  (engagement, settings) => {
    const production = engagement.lanes.production;
    const refusal = production && approverRefusal(production.approvedBy, engagement, settings);
    return refusal
      ? [
          {
            path: ["lanes", "production", "approvedBy"],
            message: `lanes.production.approvedBy ${refusal}; production access must be approved by an employee other than the contractor, such as the owner`,
          },
        ]
      : [];
  },
);
