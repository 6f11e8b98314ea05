import { engagementSchema } from "../engagement/engagementSchema";
import type { Engagement, EngagementInput } from "../engagement/engagementTypes";
import { stackSettingsSchema } from "../engagement/stackSettingsSchema";
import type { StackSettings, StackSettingsInput } from "../engagement/stackSettingsTypes";
import type { AwsResourcePlan, IamUserResourcePlan, IdentityCenterResourcePlan } from "../lanes/awsResourcePlan";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { type ValidatedEngagement, validatedEngagement } from "../validation/validatedEngagement";

/** Stack settings used across the tests: UTC, acme.example, one masked and one live dataset, one shared secret. */
export const SETTINGS_INPUT: StackSettingsInput = {
  githubOrg: "acme",
  internalDomains: ["acme.example"],
  datasets: {
    "masked-orders": { classification: "masked", bucket: "acme-analytics", prefix: "masked/orders/" },
    "live-orders": { classification: "live", bucket: "acme-analytics", prefix: "live/orders/" },
  },
  sharedSecrets: {
    "stripe-test-key": { arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf" },
  },
};

/** A valid engagement that uses every lane, the one from the engagement-model issue. */
export const ENGAGEMENT_INPUT: EngagementInput = {
  id: "checkout-fix-2026-11",
  task: "Fix the payment step that fails on some mobile devices",
  ticket: "SHOP-1423",
  owner: { name: "Priya Raman", email: "priya@acme.example" },
  contractor: { name: "Dana Kim", email: "dana@freelance.example", github: "dana-codes" },
  window: { start: "2026-11-24", end: "2026-11-28" },
  lanes: {
    code: { repositories: [{ name: "storefront", permission: "push" }] },
    data: { datasets: ["masked-orders"] },
    production: {
      access: "read",
      approvedBy: "cto@acme.example",
      approval: "SHOP-1430",
      reason: "Read checkout logs while the fix rolls out",
      window: { start: "2026-11-27T14:00:00Z", end: "2026-11-27T16:00:00Z" },
    },
  },
  aws: { console: true, accessKeys: true, keyRotationDays: 30 },
  sharedSecrets: ["stripe-test-key"],
};

/** The Identity Center settings of the tests: an instance, its identity store, and the mock engine's account. */
export const IDENTITY_CENTER_SETTINGS_INPUT: Pick<StackSettingsInput, "identity" | "identityCenter"> = {
  identity: "identity-center",
  identityCenter: {
    instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef",
    identityStoreId: "d-1234567890",
    accountId: "123456789012",
  },
};

/** The resources of an engagement under `identity: iam-user`; throws under Identity Center. */
export function iamUserResources(resources: AwsResourcePlan): IamUserResourcePlan {
  if (resources.backend !== "iam-user") throw new Error(`expected iam-user resources, got ${resources.backend}`);
  return resources;
}

/** The resources of an engagement under `identity: identity-center`; throws under IAM users. */
export function identityCenterResources(resources: AwsResourcePlan): IdentityCenterResourcePlan {
  if (resources.backend !== "identity-center")
    throw new Error(`expected identity-center resources, got ${resources.backend}`);
  return resources;
}

/** Parses stack settings, applying overrides on top of {@link SETTINGS_INPUT}. */
export function settingsWith(overrides: Partial<StackSettingsInput> = {}): StackSettings {
  return stackSettingsSchema.parse({ ...SETTINGS_INPUT, ...overrides });
}

/** Parses an engagement, applying a change to a deep copy of {@link ENGAGEMENT_INPUT}. */
export function engagementWith(change: (draft: EngagementInput) => void = () => {}): Engagement {
  const draft = structuredClone(ENGAGEMENT_INPUT) as EngagementInput;
  change(draft);
  return engagementSchema.parse(draft);
}

/** A production lane as written in an engagement. */
export type ProductionLaneInput = NonNullable<EngagementInput["lanes"]["production"]>;

/** A deep copy of {@link ENGAGEMENT_INPUT}'s production lane, with overrides applied. */
export function productionLaneWith(overrides: Partial<ProductionLaneInput> = {}): ProductionLaneInput {
  const lane = ENGAGEMENT_INPUT.lanes.production;
  if (lane === undefined) throw new Error("ENGAGEMENT_INPUT must keep its production lane for the rule tests");
  return { ...structuredClone(lane), ...overrides };
}

/**
 * An engagement with its file and plan, as validation returns it: the example
 * with another id and a change, planned against `settings`.
 */
export function validatedWith(
  id: string,
  change: (draft: EngagementInput) => void = () => {},
  settings: StackSettings = settingsWith(),
): ValidatedEngagement {
  const engagement = engagementWith((draft) => {
    draft.id = id;
    change(draft);
  });
  return validatedEngagement(`stacks/engagements/${id}.yaml`, deriveAccessPlan(engagement, settings));
}
