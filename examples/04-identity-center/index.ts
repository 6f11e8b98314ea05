// A data analyst through IAM Identity Center. The agency's contractors are
// synced into Identity Center by SCIM, so the engagement adopts the analyst's
// existing user instead of creating one: the organisation keeps one identity,
// its MFA and its offboarding. No IAM user, no password, no access key; the
// production permission set exists only while its two-hour window is open.
import { ContractorEngagement, defineEngagement, resolveNow, type StackSettingsInput } from "contractor-access";

const settings: StackSettingsInput = {
  githubOrg: "acme",
  internalDomains: ["acme.example"],
  timezone: "Europe/Berlin",
  identity: "identity-center",
  identityCenter: {
    instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef",
    identityStoreId: "d-1234567890",
    accountId: "123456789012",
  },
  datasets: {
    "masked-orders": { classification: "masked", bucket: "acme-analytics-exports", prefix: "masked/orders/" },
  },
};

const engagement = defineEngagement({
  id: "churn-analysis-2026-12",
  task: "Model customer churn from the masked order history",
  ticket: "DATA-311",
  owner: { name: "Priya Raman", email: "priya@acme.example" },
  contractor: {
    name: "Noor Haddad",
    email: "noor@insight-agency.example",
    company: "Insight Agency",
    // The user the agency's directory synced into Identity Center (Users, the user's page).
    identityCenterUserId: "9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678",
  },
  window: { start: "2026-12-07", end: "2026-12-18" },
  lanes: {
    data: { datasets: ["masked-orders"] },
    production: {
      access: "read",
      approvedBy: "cto@acme.example",
      approval: "DATA-315",
      reason: "Compare the model's inputs with the live service's logs",
      window: { start: "2026-12-10T12:00:00+01:00", end: "2026-12-10T14:00:00+01:00" },
    },
  },
});

const analysis = new ContractorEngagement(engagement.id, {
  engagement,
  settings,
  // The clock decides whether the production window is open; CONTRACTOR_ACCESS_AT pins it for reviews and tests.
  now: resolveNow(process.env, () => new Date()),
});

export const permissionSetArn = analysis.permissionSet?.permissionSet.arn;
export const productionPermissionSetArn = analysis.productionPermissionSet?.permissionSet.arn;
/** What the analyst does to start: the access portal, the permission set, the CLI. No secrets. */
export const onboarding = analysis.onboarding;
