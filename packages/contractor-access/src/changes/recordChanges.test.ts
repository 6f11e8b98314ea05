import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { accessChanges } from "./accessChanges";

// A two-month engagement (UTC) whose first-week review is due 2026-11-09.
const plan = (change: (draft: EngagementInput) => void = () => {}) =>
  deriveAccessPlan(
    engagementWith((e) => {
      e.window = { start: "2026-11-02", end: "2026-12-31" };
      change(e);
    }),
    settingsWith(),
  );

describe("accessChanges: the record a pull request adds", () => {
  test("a recorded review shows who, what, and the deadline it moves", () => {
    const head = plan((e) => {
      e.reviews = [{ date: "2026-11-06", by: "priya@acme.example", decision: "keep", note: "Still needed" }];
    });
    expect(accessChanges([plan()], [head])).toStrictEqual([
      {
        engagement: "checkout-fix-2026-11",
        kind: "reviewed",
        lane: "engagement",
        message:
          'review recorded: 2026-11-06 by priya@acme.example, keep ("Still needed"); access ends 2026-12-09 23:59 (periodic review due 2026-12-06 not recorded) instead of 2026-11-12 23:59 (first-week review due 2026-11-09 not recorded)',
      },
    ]);
  });

  test("a revocation shows who, when and why", () => {
    const head = plan((e) => {
      e.revoked = { at: "2026-11-05T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" };
    });
    expect(accessChanges([plan()], [head]).map(({ kind, message }) => [kind, message])).toStrictEqual([
      [
        "revoked",
        "revoked at 2026-11-05T10:30:00Z by priya@acme.example: Laptop stolen; access ends 2026-11-05 10:30 (revoked: Laptop stolen) instead of 2026-11-12 23:59 (first-week review due 2026-11-09 not recorded)",
      ],
    ]);
  });

  test("a renewal extends window.end and shows as extended", () => {
    const base = plan((e) => {
      e.reviews = [{ date: "2026-12-20", by: "priya@acme.example", decision: "keep" }];
    });
    const renewed = plan((e) => {
      e.reviews = [{ date: "2026-12-20", by: "priya@acme.example", decision: "keep" }];
      e.window.end = "2027-01-15";
    });
    expect(accessChanges([base], [renewed]).map(({ kind, lane, message }) => [kind, lane, message])).toStrictEqual([
      ["extended", "window", "window extended: ends 2027-01-15 instead of 2026-12-31 (+15 days)"],
    ]);
  });
});
