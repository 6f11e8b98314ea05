import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import { ENGAGEMENT_INPUT, engagementWith, settingsWith } from "../testing/fixtures";
import { lanesAreKeptApart } from "./lanesAreKeptApart";

type Lane = keyof EngagementInput["lanes"];

describe("lanesAreKeptApart: code, data and production are not asked for at once", () => {
  test.each<Lane[]>([["code"], ["code", "data"], ["code", "production"], ["data", "production"]])(
    "Compliance: %s",
    (...kept) => {
      const engagement = engagementWith((e) => {
        e.lanes = Object.fromEntries(kept.map((lane) => [lane, ENGAGEMENT_INPUT.lanes[lane]]));
      });
      expect(lanesAreKeptApart.check([engagement], settingsWith())).toEqual([]);
    },
  );

  test("Noncompliance 1: all three lanes, reported as a warning", () => {
    expect(lanesAreKeptApart.check([engagementWith()], settingsWith())).toEqual([
      {
        rule: "lanesAreKeptApart",
        severity: "warning",
        engagementIndex: 0,
        path: ["lanes"],
        message:
          "the engagement asks for the code, data and production lanes at once, so the contractor can roam the whole company; the reviewer should confirm the task needs all three",
      },
    ]);
  });
});
