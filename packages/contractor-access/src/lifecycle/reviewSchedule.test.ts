import { describe, expect, test } from "vitest";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { reviewSchedule, reviewsDueWithin } from "./reviewSchedule";

// 2026-01-01 to 2026-03-31 is 90 days: first week on 01-08, periodic at +30 (01-31) and +60 (03-02).
const ninetyDays = deriveAccessPlan(
  engagementWith((e) => {
    e.window = { start: "2026-01-01", end: "2026-03-31" };
  }),
  settingsWith(),
);
const at = (instant: string) => new Date(instant);

describe("reviewSchedule", () => {
  test("a 90-day engagement has a first-week review and periodic reviews at +30 and +60 days", () => {
    expect(reviewSchedule(ninetyDays, 30, at("2026-01-01T00:00:00Z"))).toStrictEqual({
      firstWeek: at("2026-01-08T00:00:00Z"),
      periodic: [at("2026-01-31T00:00:00Z"), at("2026-03-02T00:00:00Z")],
      next: at("2026-01-08T00:00:00Z"),
    });
  });

  test.each([
    ["2025-12-01T00:00:00.000Z", "2026-01-08T00:00:00.000Z"],
    ["2026-01-08T00:00:00.000Z", "2026-01-08T00:00:00.000Z"],
    ["2026-01-08T00:00:00.001Z", "2026-01-31T00:00:00.000Z"],
    ["2026-03-02T00:00:00.000Z", "2026-03-02T00:00:00.000Z"],
    ["2026-03-02T00:00:00.001Z", undefined],
  ])("at %s the next review is %s", (now, next) => {
    expect(reviewSchedule(ninetyDays, 30, at(now)).next?.toISOString()).toBe(next);
  });

  test("a window shorter than a week has no first-week review and no periodic ones", () => {
    const fiveDays = deriveAccessPlan(engagementWith(), settingsWith());
    expect(reviewSchedule(fiveDays, 30, at("2026-11-24T00:00:00Z"))).toStrictEqual({
      firstWeek: undefined,
      periodic: [],
      next: undefined,
    });
  });

  test("reviews fall at midnight in the stack timezone", () => {
    const berlin = deriveAccessPlan(
      engagementWith((e) => {
        e.window = { start: "2026-03-25", end: "2026-04-30" };
      }),
      settingsWith({ timezone: "Europe/Berlin" }),
    );
    // 2026-04-01 00:00 CEST, after the change to summer time.
    expect(reviewSchedule(berlin, 30, at("2026-03-25T00:00:00Z")).firstWeek).toStrictEqual(at("2026-03-31T22:00:00Z"));
  });
});

describe("reviewsDueWithin", () => {
  test.each([
    ["one millisecond before the horizon reaches it", "2026-01-23T23:59:59.999Z", []],
    ["exactly 7 days before", "2026-01-24T00:00:00.000Z", ["periodic 2026-01-31T00:00:00.000Z"]],
    ["exactly on the due instant", "2026-01-31T00:00:00.000Z", ["periodic 2026-01-31T00:00:00.000Z"]],
    ["one millisecond after it", "2026-01-31T00:00:00.001Z", []],
  ])("the review on 2026-01-31, %s (%s), within 7 days: %j", (_, now, expected) => {
    const due = reviewsDueWithin(ninetyDays, 30, at(now), 7).map(
      (review) => `${review.kind} ${review.due.toISOString()}`,
    );
    expect(due).toStrictEqual(expected);
  });

  test.each([
    [7, [{ kind: "first-week", due: at("2026-01-08T00:00:00Z") }]],
    [6, []],
    [
      30,
      [
        { kind: "first-week", due: at("2026-01-08T00:00:00Z") },
        { kind: "periodic", due: at("2026-01-31T00:00:00Z") },
      ],
    ],
  ])("from the first instant, within %i days: %j", (days, expected) => {
    expect(reviewsDueWithin(ninetyDays, 30, at("2026-01-01T00:00:00Z"), days)).toStrictEqual(expected);
  });

  test("an upcoming engagement's first review counts", () => {
    expect(reviewsDueWithin(ninetyDays, 30, at("2025-12-31T00:00:00Z"), 8)).toStrictEqual([
      { kind: "first-week", due: at("2026-01-08T00:00:00Z") },
    ]);
  });

  test("an ended engagement has none, however far ahead one looks", () => {
    expect(reviewsDueWithin(ninetyDays, 30, at("2026-04-01T00:00:00Z"), 365)).toStrictEqual([]);
  });

  test("a 7-day period lists the review on day 7 once, as the first-week review", () => {
    expect(reviewsDueWithin(ninetyDays, 7, at("2026-01-01T00:00:00Z"), 14)).toStrictEqual([
      { kind: "first-week", due: at("2026-01-08T00:00:00Z") },
      { kind: "periodic", due: at("2026-01-15T00:00:00Z") },
    ]);
  });
});
