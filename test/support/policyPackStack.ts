import type { EngagementInput } from "../../packages/contractor-access/src/engagement/engagementSchema";
import { stackSettingsSchema } from "../../packages/contractor-access/src/engagement/stackSettingsSchema";
import { startMockEngine } from "../../packages/contractor-access/src/preview/mockEngine";
import {
  ENGAGEMENT_INPUT,
  IDENTITY_CENTER_SETTINGS_INPUT,
  SETTINGS_INPUT,
} from "../../packages/contractor-access/src/testing/fixtures";
import { validateEngagements } from "../../packages/contractor-access/src/validation/validateEngagements";
import type { ResourceUnderTest } from "../../packages/policy-pack/src/testing/policyArgs";
import { declareUnderMocks } from "./declareUnderMocks";
import { type Recorder, recorder } from "./recorder";

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

/**
 * The same engagements under `identity: identity-center`, declared by the
 * real stack code under mocks while checkout's production window is open
 * (2026-11-27 15:00Z): permission sets for checkout, for checkout's
 * production and for audit, each with its inline policy, boundary,
 * boundary attachment and assignment; one Identity Store user per person;
 * docs reaches no AWS. Call once per test file: the mock runtime is global.
 */
export async function declarePolicyPackIdentityCenterStack(): Promise<Recorder> {
  const engine = await startMockEngine({ project: "contractor-access", stack: "test" });
  // Imported after the mocks are set: a resource constructed before setMocks never reaches them.
  const { declareContractorAccess } = await import(
    "../../packages/contractor-access/src/stack/declareContractorAccess"
  );
  const settings = stackSettingsSchema.parse({ ...SETTINGS_INPUT, ...IDENTITY_CENTER_SETTINGS_INPUT });
  const engagements: EngagementInput[] = [
    variant((draft) => {
      draft.aws = { console: true };
    }),
    variant((draft) => {
      Object.assign(draft, { id: "ledger-audit-2026-11", sharedSecrets: [], aws: {} });
      draft.contractor = { name: "Ari Lee", email: "ari@audit.example" };
      draft.lanes = { data: { datasets: ["masked-orders"] } };
    }),
    variant((draft) => {
      Object.assign(draft, { id: "docs-refresh-2026-11", sharedSecrets: [], aws: undefined });
      draft.contractor = { name: "Sam Roe", email: "sam@writers.example", github: "sam-writes" };
      draft.lanes = { code: { repositories: [{ name: "docs" }] } };
    }),
  ];
  const sources = engagements.map((content) => ({ file: `${content.id}.yaml`, content }));
  const validation = validateEngagements(sources, settings, { now: new Date("2026-11-20T00:00:00Z") });
  if (validation.errors.length > 0) throw new Error(JSON.stringify(validation.errors));
  declareContractorAccess({ settings, engagements: validation.engagements, now: new Date("2026-11-27T15:00:00Z") });
  await engine.settle();
  return recorder(engine);
}

/** A resource as the pack's stack rules see it: its inputs and the dependencies the engine recorded; a test may rename it. */
export type StackResource = Omit<ResourceUnderTest, "name"> & {
  name: string;
  inputs: Record<string, unknown>;
  dependencies: readonly string[];
};

/**
 * A declared stack as the pack's stack rules take it, each resource a copy,
 * with the resource of `type` named `name` passed to `change` (and left out
 * when `change` returns false).
 */
export function stackWith(
  stack: Recorder,
  type: string,
  name: string,
  change: (resource: StackResource) => boolean | undefined | void = () => {},
): StackResource[] {
  return stack.resources.flatMap((recorded): StackResource[] => {
    const resource = {
      ...recorded,
      inputs: structuredClone(recorded.inputs),
      dependencies: recorded.options.dependencies,
    };
    if (recorded.type !== type || recorded.name !== name) return [resource];
    return change(resource) === false ? [] : [resource];
  });
}
