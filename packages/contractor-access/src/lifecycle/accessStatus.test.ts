import { describe, expect, test } from "vitest";
import { settingsWith, validatedWith } from "../testing/fixtures";
import { provisioningDecision } from "./provisioningDecision";

// Window 2026-11-02 to 2026-12-31 UTC; first-week review due 2026-11-09, grace to the end of 2026-11-12.
const long = (change: Parameters<typeof validatedWith>[1] = () => {}) =>
  validatedWith("long-2026-11", (e) => {
    e.window = { start: "2026-11-02", end: "2026-12-31" };
    change(e);
  }).plan;

describe("provisioningDecision: the stack stops provisioning what the record ended", () => {
  test.each([
    ["2026-11-12T23:59:59.999Z", "active", true],
    ["2026-11-13T00:00:00Z", "suspended", false],
    ["2027-01-01T00:00:00Z", "ended", false],
  ] as const)("no review recorded, at %s: %s, provisioned %s", (now, status, provisioned) => {
    const decision = provisioningDecision(long(), new Date(now), 0);
    expect([decision.status, decision.provisioned, decision.github]).toStrictEqual([status, provisioned, provisioned]);
  });

  test("the reason says what restores a suspended engagement", () => {
    expect(provisioningDecision(long(), new Date("2026-11-13T00:00:00Z"), 0).reason).toBe(
      "suspended: first-week review due 2026-11-09 not recorded; recording the review restores it",
    );
  });

  test("a revoked engagement is not provisioned from the second after revoked.at", () => {
    const plan = long((e) => {
      e.revoked = { at: "2026-11-05T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" };
    });
    expect(provisioningDecision(plan, new Date("2026-11-05T10:30:00Z"), 0).status).toBe("active");
    expect(provisioningDecision(plan, new Date("2026-11-05T10:30:00.001Z"), 0)).toStrictEqual({
      status: "revoked",
      provisioned: false,
      github: false,
      reason: "revoked by priya@acme.example, file kept as the record",
    });
    // Revoked stays revoked after the window: the record says why it ended.
    expect(provisioningDecision(plan, new Date("2027-02-01T00:00:00Z"), 0).status).toBe("revoked");
  });

  test("settings reach the deadline: reviewGraceDays 0 suspends at the end of the due day", () => {
    const plan = validatedWith(
      "long-2026-11",
      (e) => {
        e.window = { start: "2026-11-02", end: "2026-12-31" };
      },
      settingsWith({ reviewGraceDays: 0 }),
    ).plan;
    expect(provisioningDecision(plan, new Date("2026-11-10T00:00:00Z"), 0).status).toBe("suspended");
  });
});
