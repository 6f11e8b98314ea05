import { approverRefusal } from "./approverRefusal";
import { engagementRule, type Problem } from "./rule";

/** Live datasets come with `lanes.data.approvedBy` (an employee, not the contractor) and `lanes.data.reason`. */
export const liveDatasetsApproved = engagementRule(
  "liveDatasetsApproved",
  "Live datasets come with lanes.data.approvedBy (an employee, not the contractor) and lanes.data.reason.",
  (engagement, settings) => {
    const data = engagement.lanes.data;
    // Datasets missing from the catalog are datasetsInCatalog's to report.
    const live = (data?.datasets ?? []).filter((name) => settings.datasets[name]?.classification === "live");
    if (!data || live.length === 0) return [];
    const subject = `live data (${live.join(", ")})`;
    const fallback = "masked data is the default path, so list a masked dataset instead if the task allows";
    const problems: Problem[] = [];
    if (data.approvedBy === undefined) {
      problems.push({
        path: ["lanes", "data", "approvedBy"],
        message: `${subject} needs lanes.data.approvedBy, the email of the employee who approved it; ${fallback}`,
      });
    } else {
      const refusal = approverRefusal(data.approvedBy, engagement, settings);
      if (refusal) {
        problems.push({
          path: ["lanes", "data", "approvedBy"],
          message: `lanes.data.approvedBy ${refusal}; ${subject} must be approved by an employee other than the contractor, and ${fallback}`,
        });
      }
    }
    if (data.reason === undefined) {
      problems.push({
        path: ["lanes", "data", "reason"],
        message: `${subject} needs lanes.data.reason, saying why masked data will not do; ${fallback}`,
      });
    }
    return problems;
  },
);
