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

describe("accessChanges: a record taken back gives access back, and says so", () => {
  const revocation = { at: "2026-11-05T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" };
  const revoked = plan((e) => {
    e.revoked = revocation;
  });
  const endReview = { date: "2026-11-06", by: "priya@acme.example", decision: "end" as const };
  const ended = plan((e) => {
    e.reviews = [endReview];
  });
  const rows = (changes: ReturnType<typeof accessChanges>) => changes.map(({ kind, message }) => [kind, message]);

  test("a revocation removed extends access", () => {
    expect(rows(accessChanges([revoked], [plan()]))).toStrictEqual([
      [
        "extended",
        "revocation removed from the record (it was at 2026-11-05T10:30:00Z by priya@acme.example: Laptop stolen); access ends 2026-11-12 23:59 (first-week review due 2026-11-09 not recorded) instead of 2026-11-05 10:30 (revoked: Laptop stolen)",
      ],
    ]);
  });

  test("a revocation moved later extends access", () => {
    const later = plan((e) => {
      e.revoked = { ...revocation, at: "2026-11-08T10:30:00Z" };
    });
    expect(rows(accessChanges([revoked], [later]))).toStrictEqual([
      [
        "extended",
        "revocation changed: at 2026-11-08T10:30:00Z by priya@acme.example: Laptop stolen, instead of at 2026-11-05T10:30:00Z by priya@acme.example: Laptop stolen; access ends 2026-11-08 10:30 (revoked: Laptop stolen) instead of 2026-11-05 10:30 (revoked: Laptop stolen)",
      ],
    ]);
  });

  test("an end decision removed extends access", () => {
    expect(rows(accessChanges([ended], [plan()]))).toStrictEqual([
      [
        "extended",
        "review removed from the record: 2026-11-06 by priya@acme.example, end; access ends 2026-11-12 23:59 (first-week review due 2026-11-09 not recorded) instead of 2026-11-06 23:59 (review of 2026-11-06 decided to end it)",
      ],
    ]);
  });

  test("an end decision turned into keep: both records, and the end moved once", () => {
    const kept = plan((e) => {
      e.reviews = [{ ...endReview, decision: "keep" }];
    });
    expect(rows(accessChanges([ended], [kept]))).toStrictEqual([
      ["reviewed", "review recorded: 2026-11-06 by priya@acme.example, keep"],
      [
        "extended",
        "review removed from the record: 2026-11-06 by priya@acme.example, end; access ends 2026-12-09 23:59 (periodic review due 2026-12-06 not recorded) instead of 2026-11-06 23:59 (review of 2026-11-06 decided to end it)",
      ],
    ]);
  });

  test("a keep decision removed brings the deadline forward", () => {
    const kept = plan((e) => {
      e.reviews = [{ ...endReview, decision: "keep" }];
    });
    expect(rows(accessChanges([kept], [plan()]))).toStrictEqual([
      [
        "shortened",
        "review removed from the record: 2026-11-06 by priya@acme.example, keep; access ends 2026-11-12 23:59 (first-week review due 2026-11-09 not recorded) instead of 2026-12-09 23:59 (periodic review due 2026-12-06 not recorded)",
      ],
    ]);
  });

  test("a reason reworded changes no access but is named", () => {
    const reworded = plan((e) => {
      e.revoked = { ...revocation, reason: "Laptop found" };
    });
    expect(rows(accessChanges([revoked], [reworded]))).toStrictEqual([
      [
        "changed",
        "revocation changed: at 2026-11-05T10:30:00Z by priya@acme.example: Laptop found, instead of at 2026-11-05T10:30:00Z by priya@acme.example: Laptop stolen",
      ],
    ]);
  });

  test("a revocation's instant spelled otherwise is no change", () => {
    const respelled = plan((e) => {
      e.revoked = { ...revocation, at: "2026-11-05T10:30:00+00:00" };
    });
    expect(accessChanges([revoked], [respelled])).toStrictEqual([]);
  });

  test("a longer review grace in the settings moves the end with no record changed, and says so", () => {
    const settings = (reviewGraceDays: number) =>
      deriveAccessPlan(
        engagementWith((e) => {
          e.window = { start: "2026-11-02", end: "2026-12-31" };
        }),
        settingsWith({ reviewGraceDays }),
      );
    expect(rows(accessChanges([settings(3)], [settings(10)]))).toStrictEqual([
      [
        "extended",
        "access ends 2026-11-19 23:59 (first-week review due 2026-11-09 not recorded) instead of 2026-11-12 23:59 (first-week review due 2026-11-09 not recorded)",
      ],
    ]);
  });
});
