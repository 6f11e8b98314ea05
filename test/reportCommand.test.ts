import { describe, expect, test } from "vitest";
import { cli } from "./support/cli";

// The built CLI on the example stack (Europe/Berlin).
describe("contractor-access report", () => {
  test("JSON at an instant during checkout and after ops-review: categories, ending soon, offboarding", () => {
    const { code, stdout } = cli(["report", "--at", "2026-12-05T10:00:00Z", "--format", "json", "--within", "1"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.counts).toEqual({ active: 2, upcoming: 0, ended: 1 });
    expect(report.endingSoon.map((entry: { id: string }) => entry.id)).toEqual(["checkout-fix-2026-11"]);
    expect(report.offboarding.map((entry: { id: string }) => entry.id)).toEqual(["ops-review-2026-12"]);
    expect(report.offboarding[0].record.approvals).toEqual([
      {
        lane: "production",
        approvedBy: "cto@acme.example",
        approval: "OPS-78",
        reason: "Read alarms, metrics and logs of the checkout service during the review session",
      },
    ]);
  });

  test("markdown for owners, with the offboarding checklist of an ended engagement", () => {
    const { code, stdout } = cli(["report", "--at", "2026-12-06T10:00:00Z"]);
    expect(code).toBe(0);
    expect(stdout).toContain("# Contractor access report, 2026-12-06 11:00 (Europe/Berlin)");
    expect(stdout).toContain(
      "- [ ] stripe-test-key: rotate by hand: Stripe test-mode API key used by staging checkout",
    );
    expect(stdout).toContain(
      "- [ ] staging-db-password: rotated automatically by the stack (new Secrets Manager version)",
    );
  });

  test("invalid input: exit 1 and every problem", () => {
    const { code, stdout } = cli(["report", "--config", "Pulumi.missing.yaml"]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "Pulumi.missing.yaml: stack config file does not exist; pass it with --config Pulumi.<stack>.yaml",
    );
  });
});
