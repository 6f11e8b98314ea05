import { describe, expect, test } from "vitest";
import { engagementWith, productionLaneWith, settingsWith } from "../testing/fixtures";
import { onCallOperateSeparatelyApproved } from "./onCallOperateSeparatelyApproved";
import { onCallWithinMaxDays } from "./onCallWithinMaxDays";
import { productionWindowMatchesMode } from "./productionWindowMatchesMode";

const onCall = (end = "2026-11-28", overrides: Parameters<typeof productionLaneWith>[0] = {}) =>
  engagementWith((e) => {
    e.window = { start: "2026-11-24", end };
    e.lanes.production = { ...productionLaneWith(overrides), mode: "on-call", window: undefined };
  });
const messages = (rule: typeof onCallWithinMaxDays, engagement = onCall(), settings = settingsWith()) =>
  rule.check([engagement], settings).map((finding) => [finding.path.join("."), finding.message]);

describe("productionWindowMatchesMode: a window-mode lane has its own window, an on-call lane has none", () => {
  test("Compliance: the fixture's window-mode lane with its window, and an on-call lane without one", () => {
    expect(messages(productionWindowMatchesMode, engagementWith())).toStrictEqual([]);
    expect(messages(productionWindowMatchesMode, onCall())).toStrictEqual([]);
  });

  test("Noncompliance 1: an on-call lane with a window", () => {
    const engagement = engagementWith((e) => {
      e.lanes.production = { ...productionLaneWith(), mode: "on-call" };
    });
    expect(messages(productionWindowMatchesMode, engagement)).toStrictEqual([
      [
        "lanes.production.window",
        "an on-call production lane has no window of its own: it may be assumed at any time inside the engagement window; remove lanes.production.window, or use mode: window",
      ],
    ]);
  });

  test("Noncompliance 2: a window-mode lane without a window", () => {
    const engagement = engagementWith((e) => {
      e.lanes.production = { ...productionLaneWith(), window: undefined };
    });
    expect(messages(productionWindowMatchesMode, engagement)).toStrictEqual([
      [
        "lanes.production.window",
        "lanes.production.window is required: production access is a short approved window (or mode: on-call, approved as standing emergency access)",
      ],
    ]);
  });
});

describe("onCallWithinMaxDays: on-call engagements last at most maxOnCallDays (default 14)", () => {
  test("Compliance: exactly 14 calendar days, both ends inclusive", () => {
    expect(messages(onCallWithinMaxDays, onCall("2026-12-07"))).toStrictEqual([]);
  });

  test("Compliance: a 30-day engagement with a window-mode lane is not on call", () => {
    const engagement = engagementWith((e) => {
      e.window = { start: "2026-11-24", end: "2026-12-23" };
    });
    expect(messages(onCallWithinMaxDays, engagement)).toStrictEqual([]);
  });

  test("Noncompliance 1: 15 days", () => {
    expect(messages(onCallWithinMaxDays, onCall("2026-12-08"))).toStrictEqual([
      [
        "window.end",
        "on-call production is standing emergency access, so the engagement may last at most 14 days (settings.maxOnCallDays); it runs 2026-11-24 to 2026-12-08: end it sooner and renew it as a new, reviewed change",
      ],
    ]);
  });

  test("Noncompliance 2: the maximum comes from the settings", () => {
    expect(messages(onCallWithinMaxDays, onCall("2026-11-28"), settingsWith({ maxOnCallDays: 3 }))).toStrictEqual([
      [
        "window.end",
        "on-call production is standing emergency access, so the engagement may last at most 3 days (settings.maxOnCallDays); it runs 2026-11-24 to 2026-11-28: end it sooner and renew it as a new, reviewed change",
      ],
    ]);
  });
});

describe("onCallOperateSeparatelyApproved: on call, operate has its own approver, an employee", () => {
  const operate = (operateApprovedBy?: string) =>
    onCall("2026-11-28", {
      access: "operate",
      reason: "Restart the checkout service when it wedges",
      operateApprovedBy,
    });

  test("Compliance: read on call needs no second approval; operate with an internal approver", () => {
    expect(messages(onCallOperateSeparatelyApproved, onCall())).toStrictEqual([]);
    expect(messages(onCallOperateSeparatelyApproved, operate("sre-lead@acme.example"))).toStrictEqual([]);
  });

  test("Noncompliance 1: operate on call without operateApprovedBy", () => {
    expect(messages(onCallOperateSeparatelyApproved, operate())).toStrictEqual([
      [
        "lanes.production.operateApprovedBy",
        "on-call operate access needs its own approval: set lanes.production.operateApprovedBy to the employee who approved changes to production at any hour, or use access: read",
      ],
    ]);
  });

  test("Noncompliance 2: approved by the contractor", () => {
    expect(messages(onCallOperateSeparatelyApproved, operate("dana@freelance.example"))).toStrictEqual([
      [
        "lanes.production.operateApprovedBy",
        "lanes.production.operateApprovedBy dana@freelance.example is the contractor's own email; on-call operate must be approved by an employee other than the contractor",
      ],
    ]);
  });
});
