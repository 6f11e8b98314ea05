import { describe, expect, test } from "vitest";
import { cli } from "./support/cli";

// The CLI in this process, on the example stack (Europe/Berlin); the built CLI has its smoke test in cliBin.test.ts.
describe("contractor-access report", () => {
  test("JSON at an instant during checkout and after ops-review: categories, ending soon, offboarding", async () => {
    const { code, stdout, stderr } = await cli([
      "report",
      "--at",
      "2026-12-05T10:00:00Z",
      "--format",
      "json",
      "--within",
      "1",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
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

  test("markdown for owners, with the offboarding checklist of an ended engagement", async () => {
    const { code, stdout, stderr } = await cli(["report", "--at", "2026-12-06T10:00:00Z"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("# Contractor access report, 2026-12-06 11:00 (Europe/Berlin)");
    expect(stdout).toContain(
      "- [ ] stripe-test-key: rotate by hand: Stripe test-mode API key used by staging checkout",
    );
    expect(stdout).toContain(
      "- [ ] staging-db-password: rotated automatically by the stack (new Secrets Manager version); after pulumi destroy, or once removed from the catalog, the last value stays AWSCURRENT: rotate it by hand",
    );
  });

  const MISSING_CONFIG =
    "Pulumi.missing.yaml: stack config file does not exist; pass it with --config Pulumi.<stack>.yaml";

  test("invalid input: exit 1, every problem on stderr, nothing on stdout", async () => {
    const { code, stdout, stderr } = await cli(["report", "--config", "Pulumi.missing.yaml"]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toBe(`${MISSING_CONFIG}\n1 problem(s); no report.\n`);
  });

  test("invalid input with --format json: the diagnostics as JSON on stdout", async () => {
    const { code, stdout, stderr } = await cli(["report", "--config", "Pulumi.missing.yaml", "--format", "json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      diagnostics: [
        {
          severity: "error",
          file: "Pulumi.missing.yaml",
          field: "",
          path: [],
          message: "stack config file does not exist; pass it with --config Pulumi.<stack>.yaml",
        },
      ],
    });
    expect(stderr).toContain(MISSING_CONFIG);
  });
});
