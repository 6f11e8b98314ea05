import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import { settingsWith, validatedWith } from "../testing/fixtures";
import { buildReport } from "./buildReport";
import { renderOffboardingMarkdown } from "./renderOffboardingMarkdown";

// Window 2026-11-02 to 2026-12-31, UTC.
const firstLine = (change: (draft: EngagementInput) => void, now: string) => {
  const engagement = validatedWith("audit-2026-11", (e) => {
    e.window = { start: "2026-11-02", end: "2026-12-31" };
    change(e);
  });
  const report = buildReport({
    settings: settingsWith(),
    engagements: [engagement],
    now: new Date(now),
    withinDays: 5,
  });
  const [checklist] = report.offboarding;
  return checklist ? renderOffboardingMarkdown(checklist, "UTC").split("\n\n")[1] : undefined;
};

describe("renderOffboardingMarkdown: when access ended, why and by whom", () => {
  test.each([
    [
      "a missed review, after the window too",
      () => {},
      "2027-01-01T00:00:00Z",
      "Access ended 2026-11-12 23:59: first-week review due 2026-11-09 not recorded. Fix the payment step that fails on some mobile devices (SHOP-1423)",
    ],
    [
      "a revocation, by its revoker",
      (e: EngagementInput) => {
        e.revoked = { at: "2026-11-05T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" };
      },
      "2026-11-06T00:00:00Z",
      "Access ended 2026-11-05 10:30: revoked: Laptop stolen, by priya@acme.example. Fix the payment step that fails on some mobile devices (SHOP-1423)",
    ],
    [
      "a review's end decision, by its reviewer",
      (e: EngagementInput) => {
        e.reviews = [{ date: "2026-11-06", by: "sec@acme.example", decision: "end" }];
      },
      "2026-11-07T00:00:00Z",
      "Access ended 2026-11-06 23:59: review of 2026-11-06 decided to end it, by sec@acme.example. Fix the payment step that fails on some mobile devices (SHOP-1423)",
    ],
  ])("%s", (_what, change, now, line) => {
    expect(firstLine(change, now)).toBe(line);
  });
});
