// An operations consultant: production read for four hours, approved by the CTO.
import { defineEngagement } from "contractor-access";

export default defineEngagement({
  id: "ops-review-2026-12",
  task: "Review the checkout service's production alarms and scaling after the November incident",
  ticket: "OPS-77",
  owner: { name: "Sam Okafor", email: "sam@acme.example" },
  contractor: { name: "Ari Levin", email: "ari@levin-consulting.example", company: "Levin Consulting" },
  window: { start: "2026-12-01", end: "2026-12-04" },
  lanes: {
    production: {
      access: "read",
      approvedBy: "cto@acme.example",
      approval: "OPS-78",
      reason: "Read alarms, metrics and logs of the checkout service during the review session",
      window: { start: "2026-12-02T09:00:00+01:00", end: "2026-12-02T13:00:00+01:00" },
    },
  },
  aws: { console: true },
});
