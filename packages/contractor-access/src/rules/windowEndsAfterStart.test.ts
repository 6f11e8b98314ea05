import { describe, expect, test } from "vitest";
import { engagementWith, productionLaneWith, settingsWith } from "../testing/fixtures";
import { windowEndsAfterStart } from "./windowEndsAfterStart";

const withWindow = (start: string, end: string) =>
  engagementWith((e) => {
    e.window = { start, end };
  });

describe("windowEndsAfterStart: every window ends after it starts", () => {
  test.each([
    ["a one-day window", "2026-11-24", "2026-11-24"],
    ["instants 1 ms apart", "2026-11-24T09:00:00Z", "2026-11-24T09:00:00.001Z"],
  ])("Compliance: %s", (_, start, end) => {
    expect(windowEndsAfterStart.check([withWindow(start, end)], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: the engagement ends before it starts", () => {
    expect(windowEndsAfterStart.check([withWindow("2026-11-24", "2026-11-20")], settingsWith())).toEqual([
      {
        rule: "windowEndsAfterStart",
        severity: "error",
        engagementIndex: 0,
        path: ["window", "end"],
        message:
          'window.end "2026-11-20" is not after window.start "2026-11-24" (dates are read in UTC); set an end after the start',
      },
    ]);
  });

  test("Noncompliance 2: an empty window, ending at the instant it starts", () => {
    const engagement = withWindow("2026-11-24T09:00:00Z", "2026-11-24T10:00:00+01:00");
    expect(windowEndsAfterStart.check([engagement], settingsWith())).toHaveLength(1);
  });

  test("Noncompliance 3: the production window ends before it starts", () => {
    const engagement = engagementWith((e) => {
      e.lanes.production = productionLaneWith({
        window: { start: "2026-11-27T16:00:00Z", end: "2026-11-27T14:00:00Z" },
      });
    });
    expect(windowEndsAfterStart.check([engagement], settingsWith())).toEqual([
      {
        rule: "windowEndsAfterStart",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "production", "window", "end"],
        message:
          'lanes.production.window.end "2026-11-27T14:00:00Z" is not after lanes.production.window.start "2026-11-27T16:00:00Z" (dates are read in UTC); set an end after the start',
      },
    ]);
  });

  test("Noncompliance 4: dates are read in the stack timezone", () => {
    // 2026-11-24 starts at 23:00Z the day before in Berlin, at 00:00Z in UTC.
    const engagement = withWindow("2026-11-24", "2026-11-23T23:30:00Z");
    expect(windowEndsAfterStart.check([engagement], settingsWith({ timezone: "Europe/Berlin" }))).toEqual([]);
    expect(windowEndsAfterStart.check([engagement], settingsWith())).toHaveLength(1);
  });
});
