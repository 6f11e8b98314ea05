import type { EngagementInput } from "../../packages/contractor-access/src/engagement/engagementSchema";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "./declareUnderMocks";
import type { Recorder } from "./recorder";

function variant(change: (draft: EngagementInput) => void): EngagementInput {
  const draft = structuredClone(ENGAGEMENT_INPUT) as EngagementInput;
  change(draft);
  return draft;
}

/**
 * The stack the policy-pack tests judge, declared by the real component
 * under mocks: every lane with console and keys rotating every 30 days
 * (checkout), keys and data only (audit), code only (docs).
 */
export function declarePolicyPackStack(): Promise<Recorder> {
  return declareUnderMocks(
    [
      { name: "checkout", engagement: ENGAGEMENT_INPUT },
      {
        name: "audit",
        engagement: variant((draft) => {
          Object.assign(draft, { id: "ledger-audit-2026-11", sharedSecrets: [] });
          draft.contractor = { name: "Ari Lee", email: "ari@audit.example" };
          draft.lanes = { data: { datasets: ["masked-orders"] } };
          draft.aws = { console: false, accessKeys: true, keyRotationDays: 60 };
        }),
      },
      {
        name: "docs",
        engagement: variant((draft) => {
          Object.assign(draft, { id: "docs-refresh-2026-11", sharedSecrets: [], aws: undefined });
          draft.contractor = { name: "Sam Roe", email: "sam@writers.example", github: "sam-writes" };
          draft.lanes = { code: { repositories: [{ name: "docs" }, { name: "handbook", permission: "triage" }] } };
        }),
      },
    ],
    { settings: SETTINGS_INPUT, now: new Date("2026-11-25T00:00:00Z") },
  );
}
