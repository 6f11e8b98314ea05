// An operations consultant: production read access (logs, metrics,
// descriptions; never data) for four hours, approved by the CTO, assumable
// only with MFA. The window is in the role's trust policy and in its
// permission policy, so sessions already issued stop working when it closes.
import { ContractorEngagement, defineEngagement, type StackSettingsInput } from "contractor-access";

const settings: StackSettingsInput = {
  githubOrg: "acme",
  internalDomains: ["acme.example"],
  timezone: "Europe/Berlin",
  datasets: {
    "masked-orders": { classification: "masked", bucket: "acme-analytics-exports", prefix: "masked/orders/" },
  },
};

const engagement = defineEngagement({
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

const review = new ContractorEngagement(engagement.id, { engagement, settings });

export const userName = review.user?.name;
/** The role to switch to in the console, with MFA, inside the approved window only. */
export const productionRoleArn = review.productionRole?.arn;
/** Always a secret output: the first console password, which must be reset at first sign-in. */
export const credentials = review.credentials;
