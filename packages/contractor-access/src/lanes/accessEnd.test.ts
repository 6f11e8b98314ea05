import { describe, expect, test } from "vitest";
import { resolveWindow } from "../dates/resolveWindow";
import type { EngagementInput } from "../engagement/engagementTypes";
import { engagementWith } from "../testing/fixtures";
import { accessEnd } from "./accessEnd";

const UTC = { timeZone: "UTC", reviewIntervalDays: 30, reviewGraceDays: 3 };

function endOf(change: (draft: EngagementInput) => void, policy = UTC) {
  const engagement = engagementWith((e) => {
    e.window = { start: "2026-11-02", end: "2026-12-31" };
    change(e);
  });
  const end = accessEnd(engagement, resolveWindow(engagement.window, policy.timeZone), policy);
  return { ...end, at: end.at.toISOString() };
}

describe("accessEnd: the earliest of the window, a missed review, an end decision and a revocation", () => {
  test("no review: the first-week review (due 2026-11-09) must be recorded by the end of 2026-11-12", () => {
    expect(endOf(() => {})).toStrictEqual({
      at: "2026-11-12T23:59:59.999Z",
      cause: "missed-review",
      by: undefined,
      reason: "first-week review due 2026-11-09 not recorded",
      missedReview: { kind: "first-week", due: "2026-11-09" },
    });
  });

  test("the latest recorded review sets the next: 30 days after it, plus the grace", () => {
    const end = endOf((e) => {
      e.reviews = [
        { date: "2026-11-20", by: "priya@acme.example", decision: "narrow" },
        { date: "2026-11-06", by: "priya@acme.example", decision: "keep" },
      ];
    });
    expect([end.at, end.reason]).toStrictEqual([
      "2026-12-23T23:59:59.999Z",
      "periodic review due 2026-12-20 not recorded",
    ]);
  });

  test("a review late for its deadline still restores access from the file's point of view", () => {
    const end = endOf((e) => {
      e.reviews = [{ date: "2026-11-15", by: "priya@acme.example", decision: "keep" }];
    });
    expect(end.at).toBe("2026-12-18T23:59:59.999Z");
  });

  test("when the next review falls after the end, the window ends access", () => {
    const end = endOf((e) => {
      e.reviews = [{ date: "2026-12-05", by: "priya@acme.example", decision: "keep" }];
    });
    expect([end.at, end.cause, end.reason]).toStrictEqual(["2026-12-31T23:59:59.999Z", "window", "window ended"]);
  });

  test("an engagement shorter than the first-week review needs none", () => {
    const end = endOf((e) => {
      e.window = { start: "2026-11-02", end: "2026-11-08" };
    });
    expect([end.at, end.cause]).toStrictEqual(["2026-11-08T23:59:59.999Z", "window"]);
  });

  test("the grace is read in the stack timezone and reviewGraceDays", () => {
    const berlin = { timeZone: "Europe/Berlin", reviewIntervalDays: 30, reviewGraceDays: 0 };
    expect(endOf(() => {}, berlin).at).toBe("2026-11-09T22:59:59.999Z");
  });

  test("a review that decides to end it ends access at the end of its day, by its reviewer", () => {
    const end = endOf((e) => {
      e.reviews = [{ date: "2026-11-06", by: "sec@acme.example", decision: "end", note: "Done early" }];
    });
    expect(end).toStrictEqual({
      at: "2026-11-06T23:59:59.999Z",
      cause: "review-end",
      by: "sec@acme.example",
      reason: "review of 2026-11-06 decided to end it",
    });
  });

  test("a revocation ends access at its instant, by whom and why", () => {
    const end = endOf((e) => {
      e.revoked = { at: "2026-11-05T11:30:00+01:00", by: "priya@acme.example", reason: "Laptop stolen" };
    });
    expect(end).toStrictEqual({
      at: "2026-11-05T10:30:00.000Z",
      cause: "revoked",
      by: "priya@acme.example",
      reason: "revoked: Laptop stolen",
    });
  });
});
