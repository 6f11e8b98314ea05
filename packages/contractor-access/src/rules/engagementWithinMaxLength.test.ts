import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { engagementWithinMaxLength } from "./engagementWithinMaxLength";

const withWindow = (start: string, end: string) =>
  engagementWith((e) => {
    e.window = { start, end };
  });
const utc = settingsWith();
const berlin = settingsWith({ timezone: "Europe/Berlin" });

describe("engagementWithinMaxLength: the engagement lasts at most maxEngagementDays calendar days", () => {
  test.each([
    ["90 days of dates", "2026-01-01", "2026-03-31", utc],
    ["exactly 90 days between instants", "2026-01-01T09:00:00Z", "2026-04-01T09:00:00Z", utc],
    ["90 days across the spring DST change", "2026-01-01", "2026-03-31", berlin],
    // 90 calendar days in Berlin end at 23:00Z: one hour more than 90 × 24 h.
    ["90 days across the autumn DST change", "2026-08-01", "2026-10-29T23:30:00+01:00", berlin],
    ["a backwards window, which windowEndsAfterStart reports", "2026-04-01", "2026-01-01", utc],
  ])("Compliance: %s", (_, start, end, settings) => {
    expect(engagementWithinMaxLength.check([withWindow(start, end)], settings)).toEqual([]);
  });

  test("Noncompliance 1: 91 days", () => {
    expect(engagementWithinMaxLength.check([withWindow("2026-01-01", "2026-04-01")], utc)).toEqual([
      {
        rule: "engagementWithinMaxLength",
        severity: "error",
        engagementIndex: 0,
        path: ["window", "end"],
        message:
          "the engagement lasts 91 days (2026-01-01 to 2026-04-01 in UTC), more than the maximum of 90 days; end it within 90 days of its start, and make a renewal a new engagement that is reviewed again",
      },
    ]);
  });

  test("Noncompliance 2: 1 ms more than 90 days between instants", () => {
    const [finding] = engagementWithinMaxLength.check(
      [withWindow("2026-01-01T09:00:00Z", "2026-04-01T09:00:00.001Z")],
      utc,
    );
    expect(finding?.message).toMatch(/^the engagement lasts more than 90 days \(2026-01-01T09:00:00Z to /);
  });

  test("Noncompliance 3: 91 calendar days in Berlin, one hour short of 91 × 24 h", () => {
    const [finding] = engagementWithinMaxLength.check([withWindow("2026-01-01", "2026-04-01")], berlin);
    expect(finding?.message).toMatch(/^the engagement lasts 91 days \(2026-01-01 to 2026-04-01 in Europe\/Berlin\)/);
  });

  test("Noncompliance 4: past the 90th Berlin midnight, though within 90 × 24 h", () => {
    const engagement = withWindow("2026-01-01", "2026-04-01T00:30:00+02:00");
    expect(engagementWithinMaxLength.check([engagement], berlin)).toHaveLength(1);
  });

  test("Noncompliance 5: the maximum comes from the settings", () => {
    const fiveDays = engagementWith(); // 2026-11-24 to 2026-11-28
    expect(engagementWithinMaxLength.check([fiveDays], settingsWith({ maxEngagementDays: 5 }))).toEqual([]);
    const [finding] = engagementWithinMaxLength.check([fiveDays], settingsWith({ maxEngagementDays: 4 }));
    expect(finding?.message).toContain(
      "lasts 5 days (2026-11-24 to 2026-11-28 in UTC), more than the maximum of 4 days",
    );
  });
});
