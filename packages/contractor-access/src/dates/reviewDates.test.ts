import { describe, expect, test } from "vitest";
import { resolveWindow } from "./resolveWindow";
import { firstWeekReviewDate, periodicReviewDates } from "./reviewDates";

describe("firstWeekReviewDate", () => {
  test("is seven calendar days after the start, in the stack timezone", () => {
    const window = resolveWindow({ start: "2026-03-25", end: "2026-04-30" }, "Europe/Berlin");
    // 2026-03-25 00:00 CET is 23:00Z; seven days later is 2026-04-01 00:00 CEST, 22:00Z.
    expect(firstWeekReviewDate(window, "Europe/Berlin")).toEqual(new Date("2026-03-31T22:00:00Z"));
  });
});

describe("periodicReviewDates", () => {
  test("every 30 days after the start, before the end", () => {
    const window = resolveWindow({ start: "2026-01-01", end: "2026-03-31" }, "UTC");
    expect(periodicReviewDates(window, "UTC", 30)).toEqual([
      new Date("2026-01-31T00:00:00Z"),
      new Date("2026-03-02T00:00:00Z"),
    ]);
  });

  test("a review falling on the last instant's day is kept, one after the end is not", () => {
    const window = resolveWindow({ start: "2026-01-01", end: "2026-01-31" }, "UTC");
    expect(periodicReviewDates(window, "UTC", 30)).toEqual([new Date("2026-01-31T00:00:00Z")]);
    expect(periodicReviewDates(resolveWindow({ start: "2026-01-01", end: "2026-01-30" }, "UTC"), "UTC", 30)).toEqual(
      [],
    );
  });

  test("refuses a period that is not a positive whole number", () => {
    const window = resolveWindow({ start: "2026-01-01", end: "2026-01-31" }, "UTC");
    expect(() => periodicReviewDates(window, "UTC", 0)).toThrow(
      "everyDays must be a positive whole number of days, got 0",
    );
  });
});
