// A finance auditor: the masked ledger, read-only, in the AWS console. No
// code and no production; the live ledger would need its own approval.
import { ContractorEngagement, defineEngagement, type StackSettingsInput } from "contractor-access";

const settings: StackSettingsInput = {
  githubOrg: "acme",
  internalDomains: ["acme.example"],
  timezone: "Europe/Berlin",
  datasets: {
    "masked-ledger": {
      classification: "masked",
      bucket: "acme-analytics-exports",
      prefix: "masked/ledger/",
      description: "General ledger with counterparties pseudonymised",
    },
    "live-ledger": {
      classification: "live",
      bucket: "acme-finance-prod",
      prefix: "ledger/",
      description: "The live ledger (needs its own approval)",
    },
  },
};

const engagement = defineEngagement({
  id: "finance-audit-2026-12",
  task: "Audit the December ledger for the annual financial statements",
  ticket: "FIN-208",
  owner: { name: "Marco Bianchi", email: "marco@acme.example" },
  contractor: { name: "Lena Vogt", email: "lena.vogt@audit-partners.example", company: "Audit Partners GmbH" },
  window: { start: "2026-12-01", end: "2026-12-22" },
  lanes: { data: { datasets: ["masked-ledger"] } },
  aws: { console: true },
});

// No access keys, so the component's clock (key rotation) does not matter here.
const audit = new ContractorEngagement(engagement.id, { engagement, settings });

export const userName = audit.user?.name;
export const userArn = audit.user?.arn;
/** Always a secret output: the first console password, which must be reset at first sign-in. */
export const credentials = audit.credentials;
