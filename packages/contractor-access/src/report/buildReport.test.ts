import { describe, expect, test } from "vitest";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { settingsWith, validatedWith } from "../testing/fixtures";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import { buildReport } from "./buildReport";

const checkoutFix: ValidatedEngagement = validatedWith("checkout-fix-2026-11");

const sourced = validatedWith;

function reportAt(now: string, engagements = [checkoutFix], withinDays = 7, settings: StackSettings = settingsWith()) {
  return buildReport({ settings, engagements, now: new Date(now), withinDays });
}

describe("buildReport: status at the window's edges (2026-11-24 to 2026-11-28, UTC)", () => {
  test.each([
    ["2026-11-23T23:59:59Z", "upcoming", "5 days"],
    ["2026-11-24T00:00:00Z", "active", "5 days"],
    ["2026-11-28T23:59:59Z", "active", "less than a minute"],
    ["2026-11-29T00:00:00Z", "ended", undefined],
  ] as const)("at %s it is %s, with %s left", (now, status, left) => {
    const report = reportAt(now);
    expect(report.counts).toStrictEqual({
      active: status === "active" ? 1 : 0,
      upcoming: status === "upcoming" ? 1 : 0,
      suspended: 0,
      revoked: 0,
      ended: status === "ended" ? 1 : 0,
    });
    expect(report[status].map(({ id, timeRemaining }) => ({ id, timeRemaining }))).toStrictEqual([
      { id: "checkout-fix-2026-11", timeRemaining: left },
    ]);
    expect(report.offboarding.map(({ id }) => id)).toStrictEqual(status === "ended" ? ["checkout-fix-2026-11"] : []);
  });

  test("an active engagement: people, window as ISO instants, and each lane in plain words", () => {
    expect(reportAt("2026-11-24T00:00:00Z").active).toStrictEqual([
      {
        id: "checkout-fix-2026-11",
        file: "stacks/engagements/checkout-fix-2026-11.yaml",
        task: "Fix the payment step that fails on some mobile devices",
        ticket: "SHOP-1423",
        owner: { name: "Priya Raman", email: "priya@acme.example" },
        contractor: { name: "Dana Kim", email: "dana@freelance.example", github: "dana-codes" },
        window: { start: "2026-11-24T00:00:00.000Z", end: "2026-11-28T23:59:59.999Z" },
        status: "active",
        accessEnds: "2026-11-28T23:59:59.999Z",
        provisioned: true,
        timeRemaining: "5 days",
        lanes: [
          "code: storefront (push) for GitHub user dana-codes",
          "data: masked-orders (masked), read-only",
          "production: read from 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z, approved by cto@acme.example (SHOP-1430)",
          "aws: console, access keys rotated every 30 days",
          "shared secrets: stripe-test-key",
        ],
        sharedSecrets: ["stripe-test-key"],
      },
    ]);
  });

  test("the report is plain JSON: it survives a round trip unchanged", () => {
    const report = reportAt("2026-11-29T00:00:00Z");
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
  });

  test("an upcoming engagement inside upcomingLeadDays is reported as provisioned", () => {
    const report = reportAt("2026-11-22T00:00:00Z", [checkoutFix], 7, settingsWith({ upcomingLeadDays: 2 }));
    expect(report.upcoming.map(({ provisioned }) => provisioned)).toStrictEqual([true]);
  });
});

describe("buildReport: ending within withinDays (end 2026-11-28T23:59:59.999Z)", () => {
  test.each([
    ["2026-11-26T23:59:59.998Z", 2, []],
    ["2026-11-26T23:59:59.999Z", 2, ["checkout-fix-2026-11 2 days"]],
    ["2026-11-24T00:00:00.000Z", 7, ["checkout-fix-2026-11 5 days"]],
    ["2026-11-24T00:00:00.000Z", 4, []],
    ["2026-11-28T23:59:59.999Z", 0, ["checkout-fix-2026-11 less than a minute"]],
    ["2026-11-23T23:59:59.999Z", 7, []],
  ])("at %s within %i days: %j", (now, withinDays, expected) => {
    const { endingSoon } = reportAt(now, [checkoutFix], withinDays);
    expect(endingSoon.map(({ id, timeRemaining }) => `${id} ${timeRemaining}`)).toStrictEqual(expected);
  });

  test("each entry names the owner and the exact end", () => {
    expect(reportAt("2026-11-27T00:00:00Z").endingSoon).toStrictEqual([
      {
        id: "checkout-fix-2026-11",
        owner: "priya@acme.example",
        end: "2026-11-28T23:59:59.999Z",
        timeRemaining: "48 hours",
      },
    ]);
  });

  test("refuses a negative or fractional horizon", () => {
    expect(() => reportAt("2026-11-27T00:00:00Z", [checkoutFix], -1)).toThrow(
      new RangeError("withinDays must be a whole number of days, 0 or more, got -1"),
    );
    expect(() => reportAt("2026-11-27T00:00:00Z", [checkoutFix], 1.5)).toThrow(RangeError);
  });
});

describe("buildReport: reviews due and ordering", () => {
  const audit = sourced("platform-audit-2026", (e) => {
    e.owner = { name: "Omar Haddad", email: "omar@acme.example" };
    e.window = { start: "2026-11-01", end: "2026-12-30" };
    // Recorded on its first day, so the next review is periodic, due 30 days later.
    e.reviews = [{ date: "2026-11-01", by: "omar@acme.example", decision: "keep" }];
  });
  const upcoming = sourced("storefront-redesign", (e) => {
    e.window = { start: "2026-11-30", end: "2026-12-31" };
  });

  test("reviews of active and upcoming engagements within withinDays, soonest first", () => {
    const report = reportAt("2026-11-26T00:00:00Z", [checkoutFix, audit, upcoming]);
    expect(report.reviewsDue).toStrictEqual([
      {
        id: "platform-audit-2026",
        owner: "omar@acme.example",
        kind: "periodic",
        due: "2026-12-01T00:00:00.000Z",
        suspendsAfter: "2026-12-04T23:59:59.999Z",
        overdue: false,
      },
    ]);
    expect(report.active.map(({ id, nextReview }) => [id, nextReview])).toStrictEqual([
      ["checkout-fix-2026-11", undefined],
      ["platform-audit-2026", "2026-12-01T00:00:00.000Z"],
    ]);
    expect(reportAt("2026-11-30T00:00:00Z", [audit, upcoming]).reviewsDue.map(({ id, kind }) => [id, kind])).toEqual([
      ["platform-audit-2026", "periodic"],
      ["storefront-redesign", "first-week"],
    ]);
  });

  test("active by end, upcoming by start, ended most recent first, whatever the ids", () => {
    const hotfix = sourced("zz-hotfix-2026-11", (e) => {
      e.window = { start: "2026-11-20", end: "2026-11-27" };
    });
    const analytics = sourced("analytics-2026-12", (e) => {
      e.window = { start: "2026-12-05", end: "2026-12-20" };
    });
    const during = reportAt("2026-11-26T00:00:00Z", [analytics, checkoutFix, upcoming, hotfix]);
    expect(during.active.map(({ id }) => id)).toStrictEqual(["zz-hotfix-2026-11", "checkout-fix-2026-11"]);
    expect(during.upcoming.map(({ id }) => id)).toStrictEqual(["storefront-redesign", "analytics-2026-12"]);
    const after = reportAt("2026-12-31T12:00:00Z", [hotfix, checkoutFix, audit]);
    expect(after.ended.map(({ id }) => id)).toStrictEqual([
      "platform-audit-2026",
      "checkout-fix-2026-11",
      "zz-hotfix-2026-11",
    ]);
  });
});

describe("buildReport: the record decides status (window 2026-11-01 to 2026-12-30, UTC, grace 3 days)", () => {
  const long = (change: Parameters<typeof sourced>[1] = () => {}) =>
    sourced("platform-audit-2026", (e) => {
      e.window = { start: "2026-11-01", end: "2026-12-30" };
      change(e);
    });

  test.each([
    ["2026-11-07T23:59:59Z", "active", false],
    ["2026-11-08T00:00:00Z", "active", false],
    ["2026-11-09T00:00:00Z", "active", true],
    ["2026-11-11T23:59:59Z", "active", true],
    ["2026-11-12T00:00:00Z", "suspended", undefined],
    ["2026-12-31T00:00:00Z", "ended", undefined],
  ] as const)("no review recorded: at %s it is %s (first-week review overdue: %s)", (now, status, overdue) => {
    const report = reportAt(now, [long()]);
    expect(report.engagements).toStrictEqual([{ id: "platform-audit-2026", status }]);
    expect(report.reviewsDue.map((review) => review.overdue)).toStrictEqual(overdue === undefined ? [] : [overdue]);
  });

  test("a suspended engagement's checklist says when access ended and why", () => {
    const report = reportAt("2026-11-12T00:00:00Z", [long()]);
    expect(report.counts).toStrictEqual({ active: 0, upcoming: 0, suspended: 1, revoked: 0, ended: 0 });
    expect(
      report.offboarding.map(({ endedAt, endedBecause, endReason, endedBy }) => ({
        endedAt,
        endedBecause,
        endReason,
        endedBy,
      })),
    ).toStrictEqual([
      {
        endedAt: "2026-11-11T23:59:59.999Z",
        endedBecause: "missed-review",
        endReason: "first-week review due 2026-11-08 not recorded",
        endedBy: undefined,
      },
    ]);
  });

  test("a recorded review keeps it active, and a revocation ends it, by whom", () => {
    const reviewed = long((e) => {
      e.reviews = [{ date: "2026-11-06", by: "priya@acme.example", decision: "keep" }];
    });
    expect(reportAt("2026-11-12T00:00:00Z", [reviewed]).engagements).toStrictEqual([
      { id: "platform-audit-2026", status: "active" },
    ]);
    const revoked = long((e) => {
      e.revoked = { at: "2026-11-05T10:30:00Z", by: "priya@acme.example", reason: "laptop stolen" };
    });
    const report = reportAt("2026-11-05T10:30:01Z", [revoked]);
    expect(report.engagements).toStrictEqual([{ id: "platform-audit-2026", status: "revoked" }]);
    expect(report.offboarding.map(({ endedAt, endReason, endedBy }) => [endedAt, endReason, endedBy])).toStrictEqual([
      ["2026-11-05T10:30:00.000Z", "revoked: laptop stolen", "priya@acme.example"],
    ]);
  });

  test("a review that decides to end it ends access at the end of that day", () => {
    const ended = long((e) => {
      e.reviews = [{ date: "2026-11-06", by: "priya@acme.example", decision: "end", note: "work done early" }];
    });
    const report = reportAt("2026-11-07T00:00:00Z", [ended]);
    expect(report.engagements).toStrictEqual([{ id: "platform-audit-2026", status: "ended" }]);
    expect(report.offboarding.map(({ endedAt, endReason, endedBy }) => [endedAt, endReason, endedBy])).toStrictEqual([
      ["2026-11-06T23:59:59.999Z", "review of 2026-11-06 decided to end it", "priya@acme.example"],
    ]);
  });
});
