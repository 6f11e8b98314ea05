import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../../packages/contractor-access/src/engagement/engagementSchema";
import { ENGAGEMENT_INPUT, settingsWith } from "../../packages/contractor-access/src/testing/fixtures";
import { declareStackAt, namesOf } from "../support/declareStack";
import { TYPES } from "../support/types";

// Threat T5: a lost reader leaves the secret as it was. A contractor who read a generated shared secret keeps a
// working value after losing access. Control: the value is keyed on the sorted set of current readers, so any
// change to that set writes a new Secrets Manager version (which becomes AWSCURRENT).
const ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf";
const settings = settingsWith({ sharedSecrets: { "stripe-test-key": { arn: ARN, rotation: "generated" } } });
const reader = (id: string, end: string, sharedSecrets = ["stripe-test-key"]): EngagementInput => ({
  ...structuredClone(ENGAGEMENT_INPUT),
  id,
  window: { start: "2026-11-24", end },
  lanes: { data: { datasets: ["masked-orders"] } },
  sharedSecrets,
});
const alpha = reader("alpha-work", "2026-11-28");
const beta = reader("beta-work", "2026-12-10");
const NOW = "2026-11-26T00:00:00Z";

async function keeperOf(engagements: readonly EngagementInput[], now = NOW) {
  const { resources } = await declareStackAt(engagements, settings, now);
  return resources.find(TYPES.randomPassword, "shared-secret-stripe-test-key-value").inputs.keepers;
}

describe("T5: a generated secret rotates whenever its set of readers changes", () => {
  test("the value is keyed on the current readers", async () => {
    expect(await keeperOf([alpha, beta])).toEqual({ readers: "alpha-work,beta-work" });
  });

  test.each([
    ["a reader's engagement ends", [alpha, beta], "2026-11-29T00:00:00Z", { readers: "beta-work" }],
    ["a reader's file is deleted while it is active", [beta], NOW, { readers: "beta-work" }],
    [
      "a reader stops listing the secret",
      [reader("alpha-work", "2026-11-28", []), beta],
      NOW,
      { readers: "beta-work" },
    ],
    [
      "the last reader leaves and no file lists the secret",
      [reader("alpha-work", "2026-11-28", [])],
      NOW,
      { readers: "none" },
    ],
  ])("%s: the keeper changes", async (_case, engagements, now, expected) => {
    expect(await keeperOf(engagements, now)).toEqual(expected);
  });

  test("each new value is written as a version of the catalog secret, as a secret input", async () => {
    const { resources } = await declareStackAt([beta], settings, NOW);
    const version = resources.find(TYPES.secretVersion, "shared-secret-stripe-test-key-version");
    expect(version.inputs.secretId).toBe(ARN);
    expect(version.secretInputs).toEqual(["secretString"]);
  });

  test("a generated secret no engagement lists is still managed, so its last reader's value is replaced", async () => {
    const { resources } = await declareStackAt([reader("alpha-work", "2026-11-28", [])], settings, NOW);
    expect(namesOf(resources, TYPES.sharedSecretRotation)).toEqual(["shared-secret-stripe-test-key"]);
  });
});
