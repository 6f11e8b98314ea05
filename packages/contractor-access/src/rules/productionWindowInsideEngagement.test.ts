import { describe, expect, test } from "vitest";
import { engagementWith, productionLaneWith, settingsWith } from "../testing/fixtures";
import { productionWindowInsideEngagement } from "./productionWindowInsideEngagement";

// The engagement runs from 2026-11-24 to 2026-11-28, inclusive.
const withProductionWindow = (start: string, end: string) =>
  engagementWith((e) => {
    e.lanes.production = productionLaneWith({ window: { start, end } });
  });
const pathsFor = (start: string, end: string, settings = settingsWith()) =>
  productionWindowInsideEngagement.check([withProductionWindow(start, end)], settings).map((finding) => finding.path);

describe("productionWindowInsideEngagement: the production window lies within the engagement window", () => {
  test.each([
    ["the example window", "2026-11-27T14:00:00Z", "2026-11-27T16:00:00Z"],
    ["starting at the engagement's first instant", "2026-11-24T00:00:00Z", "2026-11-24T02:00:00Z"],
    ["ending at the engagement's last instant", "2026-11-28T22:00:00Z", "2026-11-28T23:59:59.999Z"],
    ["a backwards window, which windowEndsAfterStart reports", "2026-12-02T16:00:00Z", "2026-12-01T14:00:00Z"],
  ])("Compliance: %s", (_, start, end) => {
    expect(pathsFor(start, end)).toEqual([]);
  });

  test("Noncompliance 1: ending 1 ms after the engagement", () => {
    expect(
      productionWindowInsideEngagement.check(
        [withProductionWindow("2026-11-28T22:00:00Z", "2026-11-29T00:00:00.000Z")],
        settingsWith(),
      ),
    ).toEqual([
      {
        rule: "productionWindowInsideEngagement",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "production", "window", "end"],
        message:
          'lanes.production.window.end "2026-11-29T00:00:00.000Z" is outside the engagement window (2026-11-24 to 2026-11-28 in UTC); production access must start and end within the engagement',
      },
    ]);
  });

  test("Noncompliance 2: starting 1 ms before the engagement", () => {
    expect(pathsFor("2026-11-23T23:59:59.999Z", "2026-11-24T02:00:00Z")).toEqual([
      ["lanes", "production", "window", "start"],
    ]);
  });

  test("Noncompliance 3: entirely after the engagement", () => {
    expect(pathsFor("2026-12-01T14:00:00Z", "2026-12-01T16:00:00Z")).toEqual([
      ["lanes", "production", "window", "start"],
      ["lanes", "production", "window", "end"],
    ]);
  });

  test("Noncompliance 4: the engagement's dates are read in the stack timezone", () => {
    // 2026-11-28 ends at 22:59:59.999Z in Berlin.
    expect(pathsFor("2026-11-28T22:00:00Z", "2026-11-28T23:30:00Z")).toEqual([]);
    expect(
      pathsFor("2026-11-28T22:00:00Z", "2026-11-28T23:30:00Z", settingsWith({ timezone: "Europe/Berlin" })),
    ).toEqual([["lanes", "production", "window", "end"]]);
  });
});
