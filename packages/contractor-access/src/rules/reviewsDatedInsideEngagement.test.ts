import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { reviewsDatedInsideEngagement } from "./reviewsDatedInsideEngagement";

// The fixture's window: 2026-11-24 to 2026-11-28.
const reviewedOn = (date: string) =>
  engagementWith((e) => {
    e.reviews = [{ date, by: "priya@acme.example", decision: "keep" }];
  });
const at = (now: string) => ({ now: new Date(now) });

describe("reviewsDatedInsideEngagement: reviews dated from the first day to today", () => {
  test.each([
    ["on the first day", "2026-11-24", "2026-11-24T00:00:00Z"],
    ["today, at the first second of the day", "2026-11-26", "2026-11-26T00:00:00Z"],
    ["after the window, once that day has come", "2026-12-02", "2026-12-02T08:00:00Z"],
  ])("Compliance: a review %s", (_what, date, now) => {
    expect(reviewsDatedInsideEngagement.check([reviewedOn(date)], settingsWith(), at(now))).toEqual([]);
  });

  test("Compliance: today is read in the stack timezone (already 2026-11-27 in Tokyo)", () => {
    const settings = settingsWith({ timezone: "Asia/Tokyo" });
    expect(
      reviewsDatedInsideEngagement.check([reviewedOn("2026-11-27")], settings, at("2026-11-26T15:00:00Z")),
    ).toEqual([]);
  });

  test("Noncompliance 1: a review dated before the start", () => {
    expect(
      reviewsDatedInsideEngagement.check([reviewedOn("2026-11-23")], settingsWith(), at("2026-11-26T00:00:00Z")),
    ).toEqual([
      {
        rule: "reviewsDatedInsideEngagement",
        severity: "error",
        engagementIndex: 0,
        path: ["reviews", 0, "date"],
        message:
          "review date 2026-11-23 is before the engagement starts (2026-11-24 in UTC); a review looks at access that exists",
      },
    ]);
  });

  test("Noncompliance 2: a review dated tomorrow", () => {
    expect(
      reviewsDatedInsideEngagement.check([reviewedOn("2026-11-27")], settingsWith(), at("2026-11-26T23:59:59Z")),
    ).toEqual([
      {
        rule: "reviewsDatedInsideEngagement",
        severity: "error",
        engagementIndex: 0,
        path: ["reviews", 0, "date"],
        message:
          "review date 2026-11-27 is in the future (today is 2026-11-26 in UTC); record a review on the day it happens or after, since a future date would keep access without anyone looking",
      },
    ]);
  });
});
