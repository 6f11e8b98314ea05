import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { keyRotationWithinMax } from "./keyRotationWithinMax";

const withRotation = (keyRotationDays: number, accessKeys = true) =>
  engagementWith((e) => {
    e.aws = { console: true, accessKeys, keyRotationDays };
  });

describe("keyRotationWithinMax: access keys rotate at least every maxKeyRotationDays", () => {
  test.each([
    ["30 days", withRotation(30)],
    ["exactly the maximum", withRotation(90)],
    ["a long rotation without access keys", withRotation(365, false)],
  ])("Compliance: %s", (_, engagement) => {
    expect(keyRotationWithinMax.check([engagement], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: one day more than the maximum", () => {
    expect(keyRotationWithinMax.check([withRotation(91)], settingsWith())).toEqual([
      {
        rule: "keyRotationWithinMax",
        severity: "error",
        engagementIndex: 0,
        path: ["aws", "keyRotationDays"],
        message:
          "aws.keyRotationDays is 91, more than the maximum of 90 days; rotate access keys at least every 90 days",
      },
    ]);
  });

  test("Noncompliance 2: the maximum comes from the settings", () => {
    expect(keyRotationWithinMax.check([withRotation(30)], settingsWith({ maxKeyRotationDays: 29 }))).toHaveLength(1);
  });
});
