import { describe, expect, test } from "vitest";

describe("the package's main entry", () => {
  test("holds at most 40 runtime names, none of them from the test engine", async () => {
    const entry = await import("./index");
    const names = Object.keys(entry).sort();
    expect(names.length).toBeLessThanOrEqual(40);
    expect(names.filter((name) => /mock|fake|fixture|tempStack|settingsWith|engagementWith/i.test(name))).toEqual([]);
  });

  test("contractor-access/testing holds the mock engine, its runner setup and the fixtures", async () => {
    const testing = await import("./testing");
    expect(Object.keys(testing).sort()).toStrictEqual([
      "ENGAGEMENT_INPUT",
      "FAKE_ACCOUNT_ID",
      "SETTINGS_INPUT",
      "TESTED_PULUMI_RANGE",
      "assertTestedPulumiVersion",
      "engagementWith",
      "productionLaneWith",
      "settingsWith",
      "startMockEngine",
      "tempStack",
      "validatedWith",
      "withoutSourcePositions",
    ]);
  });

  test("contractor-access/contract holds the names, the production permission set suffix, tag keys, type tokens and key labels", async () => {
    const contract = await import("./contract");
    expect(Object.keys(contract).sort()).toStrictEqual([
      "COMPONENT_TYPES",
      "CONTRACTOR_IAM_PATH",
      "CONTRACTOR_NAME_PREFIX",
      "ENGAGEMENT_TAG_KEYS",
      "PRODUCTION_PERMISSION_SET_SUFFIX",
      "REQUIRED_TAG_KEYS",
      "accessKeyName",
      "accessKeyPeriodDay",
      "hasContractorName",
      "isContractorPath",
    ]);
  });
});
