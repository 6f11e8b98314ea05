import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { atLeastOneLane } from "./atLeastOneLane";

describe("atLeastOneLane: the engagement asks for code, data or production", () => {
  test("Compliance: every lane", () => {
    expect(atLeastOneLane.check([engagementWith()], settingsWith())).toEqual([]);
  });

  test("Compliance: the data lane alone", () => {
    const engagement = engagementWith((e) => {
      e.lanes = { data: { datasets: ["masked-orders"] } };
    });
    expect(atLeastOneLane.check([engagement], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: no lane at all", () => {
    const engagement = engagementWith((e) => {
      e.lanes = {};
    });
    expect(atLeastOneLane.check([engagement], settingsWith())).toEqual([
      {
        rule: "atLeastOneLane",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes"],
        message: "the engagement asks for no lane; add the code, data or production lane the task needs",
      },
    ]);
  });
});
