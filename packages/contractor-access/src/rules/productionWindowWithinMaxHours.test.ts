import { describe, expect, test } from "vitest";
import { engagementWith, productionLaneWith, settingsWith } from "../testing/fixtures";
import { productionWindowWithinMaxHours } from "./productionWindowWithinMaxHours";

const withProductionWindow = (start: string, end: string) =>
  engagementWith((e) => {
    e.lanes.production = productionLaneWith({ window: { start, end } });
  });
const messagesFor = (start: string, end: string, settings = settingsWith()) =>
  productionWindowWithinMaxHours.check([withProductionWindow(start, end)], settings).map((finding) => finding.message);

describe("productionWindowWithinMaxHours: the production window lasts at most maxProductionHours", () => {
  test.each([
    ["two hours", "2026-11-27T14:00:00Z", "2026-11-27T16:00:00Z"],
    ["exactly eight hours", "2026-11-27T14:00:00Z", "2026-11-27T22:00:00Z"],
    ["eight hours across offsets", "2026-11-27T14:00:00Z", "2026-11-27T23:00:00+01:00"],
    ["a backwards window, which windowEndsAfterStart reports", "2026-11-27T16:00:00Z", "2026-11-26T14:00:00Z"],
  ])("Compliance: %s", (_, start, end) => {
    expect(messagesFor(start, end)).toEqual([]);
  });

  test("Compliance: no production lane", () => {
    const engagement = engagementWith((e) => {
      e.lanes.production = undefined;
    });
    expect(productionWindowWithinMaxHours.check([engagement], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: eight hours and one second", () => {
    expect(
      productionWindowWithinMaxHours.check(
        [withProductionWindow("2026-11-27T14:00:00Z", "2026-11-27T22:00:01Z")],
        settingsWith(),
      ),
    ).toEqual([
      {
        rule: "productionWindowWithinMaxHours",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "production", "window", "end"],
        message:
          "the production window lasts 8 hours 1 second (2026-11-27T14:00:00Z to 2026-11-27T22:00:01Z), more than the maximum of 8 hours; request a shorter window, and another approved window if the work needs one",
      },
    ]);
  });

  test("Noncompliance 2: a whole day written as a date", () => {
    expect(messagesFor("2026-11-27", "2026-11-27")).toEqual([
      expect.stringContaining("lasts 23 hours 59 minutes 59 seconds"),
    ]);
  });

  test("Noncompliance 3: the maximum comes from the settings", () => {
    expect(
      messagesFor("2026-11-27T14:00:00Z", "2026-11-27T14:31:00Z", settingsWith({ maxProductionHours: 0.5 })),
    ).toEqual([
      expect.stringContaining(
        "lasts 31 minutes (2026-11-27T14:00:00Z to 2026-11-27T14:31:00Z), more than the maximum of 0.5 hours",
      ),
    ]);
  });
});
