import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { stackSettingsSchema } from "../packages/contractor-access/src/engagement/stackSettingsSchema";
import { startMockEngine } from "../packages/contractor-access/src/preview/mockEngine";
import {
  ENGAGEMENT_INPUT,
  IDENTITY_CENTER_SETTINGS_INPUT,
  SETTINGS_INPUT,
} from "../packages/contractor-access/src/testing/fixtures";
import { validateEngagements } from "../packages/contractor-access/src/validation/validateEngagements";
import { recorder } from "./support/recorder";
import { TYPES } from "./support/types";

// Three engagements for two people. Dana has two concurrent engagements with
// repositories; Lena has data only. stripe-test-key is generated here, so
// its value is stack-managed and rotates when a reader's engagement ends.
const settingsInput = {
  ...SETTINGS_INPUT,
  sharedSecrets: {
    "stripe-test-key": {
      arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf",
      rotation: "generated" as const,
    },
  },
};
const settings = {
  "iam-user": stackSettingsSchema.parse(settingsInput),
  "identity-center": stackSettingsSchema.parse({ ...settingsInput, ...IDENTITY_CENTER_SETTINGS_INPUT }),
};
const checkout = structuredClone(ENGAGEMENT_INPUT) as EngagementInput;
const payments: EngagementInput = {
  ...structuredClone(ENGAGEMENT_INPUT),
  id: "payments-2026-12",
  window: { start: "2026-11-26", end: "2026-12-10" },
  lanes: { code: { repositories: [{ name: "payments-api", permission: "pull" }] } },
  sharedSecrets: ["stripe-test-key"],
  aws: { accessKeys: true },
};
const audit: EngagementInput = {
  ...structuredClone(ENGAGEMENT_INPUT),
  id: "ledger-audit-2026",
  contractor: { name: "Lena Vogt", email: "lena@audit.example" },
  window: { start: "2026-12-01", end: "2026-12-20" },
  // Its first-week review, so that it stays active to its end.
  reviews: [{ date: "2026-12-05", by: "priya@acme.example", decision: "keep" }],
  lanes: { data: { datasets: ["masked-orders"] } },
  sharedSecrets: [],
  aws: { console: true },
};

type Backend = "iam-user" | "identity-center";

// Identity Center issues no long-term keys: the same engagements, with the console (the access portal) instead.
function forBackend(engagement: EngagementInput, backend: Backend): EngagementInput {
  return backend === "iam-user" ? engagement : { ...engagement, aws: { console: true } };
}

/** Declares the stack at `now` under a fresh mock engine and returns type::name of each resource. */
async function declareAt(now: string, leadDays = 0, backend: Backend = "iam-user") {
  const engine = await startMockEngine({ project: "contractor-access", stack: "test" });
  const { declareContractorAccess } = await import("../packages/contractor-access/src/stack/declareContractorAccess");
  const stackSettings = { ...settings[backend], upcomingLeadDays: leadDays };
  const sources = [checkout, payments, audit].map((engagement) => ({
    file: `${engagement.id}.yaml`,
    content: forBackend(engagement, backend),
  }));
  // Validated as of a day after every recorded review: the stack is declared at `now`, in the past or future of the files.
  const validation = validateEngagements(sources, stackSettings, { now: new Date("2026-12-31T00:00:00Z") });
  expect(validation.errors).toStrictEqual([]);
  const stack = declareContractorAccess({
    settings: stackSettings,
    engagements: validation.engagements,
    now: new Date(now),
  });
  await engine.settle();
  return { stack, resources: recorder(engine) };
}

function components(resources: ReturnType<typeof recorder>): string[] {
  return resources.ofType(TYPES.engagement).map((resource) => resource.name);
}

// Both identity backends: which engagements exist, the manifest, person-level
// GitHub membership and secret rotation do not depend on how AWS identifies the person.
describe.each(["iam-user", "identity-center"] as const)("identity: %s", (backend) => {
  describe("the stack provisions engagements by their status at an instant", () => {
    test.each([
      ["2026-11-23T23:59:59Z", []],
      ["2026-11-24T00:00:00Z", ["checkout-fix-2026-11"]],
      ["2026-11-26T00:00:00Z", ["checkout-fix-2026-11", "payments-2026-12"]],
      ["2026-11-28T23:59:59Z", ["checkout-fix-2026-11", "payments-2026-12"]],
      ["2026-11-29T00:00:00Z", ["payments-2026-12"]],
      ["2026-12-01T00:00:00Z", ["payments-2026-12", "ledger-audit-2026"]],
      ["2026-12-21T00:00:00Z", []],
    ])("at %s: %j", async (now, expected) => {
      const { resources } = await declareAt(now, 0, backend);
      expect(components(resources)).toEqual(expected);
    });

    test("an upcoming engagement is provisioned within the lead time, not before", async () => {
      expect(components((await declareAt("2026-11-21T23:59:59Z", 2, backend)).resources)).toEqual([]);
      expect(components((await declareAt("2026-11-22T00:00:00Z", 2, backend)).resources)).toEqual([
        "checkout-fix-2026-11",
      ]);
    });

    test("the manifest lists every engagement with its status, provisioned or not, and no secrets", async () => {
      const { stack } = await declareAt("2026-11-29T00:00:00Z", 0, backend);
      expect(stack.accessManifest.map((entry) => [entry.engagement, entry.status, entry.provisioned])).toEqual([
        ["checkout-fix-2026-11", "ended", false],
        ["payments-2026-12", "active", true],
        ["ledger-audit-2026", "upcoming", false],
      ]);
      expect(JSON.stringify(stack.accessManifest)).not.toMatch(/password|secret-|AKIA/i);
      expect(Object.keys(stack.credentials)).toEqual(["payments-2026-12"]);
    });
  });

  describe("organization membership is person-level", () => {
    test("one membership for Dana while either of her engagements with repositories is provisioned", async () => {
      const both = (await declareAt("2026-11-27T00:00:00Z", 0, backend)).resources;
      expect(both.ofType(TYPES.membership).map((resource) => resource.name)).toEqual(["github-member-dana-codes"]);
      const membershipUrn = both.find(TYPES.membership, "github-member-dana-codes").urn;
      expect(both.ofType(TYPES.teamMembership).map((resource) => resource.options.dependsOn)).toEqual([
        [membershipUrn],
        [membershipUrn],
      ]);
    });

    test("ending one of two concurrent engagements leaves the membership; ending the last removes it", async () => {
      const oneLeft = (await declareAt("2026-11-29T00:00:00Z", 0, backend)).resources;
      expect(oneLeft.ofType(TYPES.membership).map((resource) => resource.name)).toEqual(["github-member-dana-codes"]);
      expect(oneLeft.ofType(TYPES.team).map((resource) => resource.name)).toEqual(["payments-2026-12-team"]);
      const none = (await declareAt("2026-12-11T00:00:00Z", 0, backend)).resources;
      expect(none.ofType(TYPES.membership)).toEqual([]);
    });

    test("a person without repositories is never an organization member", async () => {
      const resources = (await declareAt("2026-12-15T00:00:00Z", 0, backend)).resources;
      expect(components(resources)).toEqual(["ledger-audit-2026"]);
      expect(resources.ofType(TYPES.membership)).toEqual([]);
    });
  });

  describe("a generated shared secret rotates when its readers change", () => {
    const keeperAt = async (now: string) =>
      (await declareAt(now, 0, backend)).resources.find(
        "random:index/randomPassword:RandomPassword",
        "shared-secret-stripe-test-key-value",
      ).inputs.keepers;

    test("the value is keyed on the engagements that may read it now", async () => {
      expect(await keeperAt("2026-11-27T00:00:00Z")).toEqual({ readers: "checkout-fix-2026-11,payments-2026-12" });
      expect(await keeperAt("2026-11-29T00:00:00Z")).toEqual({ readers: "payments-2026-12" });
      expect(await keeperAt("2026-12-11T00:00:00Z")).toEqual({ readers: "none" });
    });

    test("a new reader joining rotates the value too, which is harmless", async () => {
      expect(await keeperAt("2026-11-25T00:00:00Z")).toEqual({ readers: "checkout-fix-2026-11" });
    });

    test("the new value is written as a Secrets Manager version of the catalog secret", async () => {
      const version = (await declareAt("2026-11-29T00:00:00Z", 0, backend)).resources.find(
        "aws:secretsmanager/secretVersion:SecretVersion",
        "shared-secret-stripe-test-key-version",
      );
      expect(version.inputs.secretId).toBe(
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf",
      );
      expect(version.secretInputs).toEqual(["secretString"]);
    });
  });
});
