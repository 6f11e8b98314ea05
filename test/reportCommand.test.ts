import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    expect(report.counts).toEqual({ active: 2, upcoming: 0, suspended: 0, revoked: 0, ended: 1 });
    expect(report.engagements).toEqual([
      { id: "checkout-fix-2026-11", status: "active" },
      { id: "finance-audit-2026-q4", status: "active" },
      { id: "ops-review-2026-12", status: "ended" },
    ]);
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

  // ops-review-2026-12 ended 2026-12-04 23:59 Berlin (22:59:59.999Z), checkout-fix-2026-11 a day later;
  // finance-audit-2026-q4 has been suspended since 2026-12-10 23:59 (no first-week review recorded).
  test.each([
    ["2026-12-04", ["checkout-fix-2026-11", "ops-review-2026-12"]],
    ["2026-12-05", ["checkout-fix-2026-11"]],
    ["2026-12-06", []],
    ["2026-12-04T22:59:59.999Z", ["checkout-fix-2026-11", "ops-review-2026-12"]],
    ["2026-12-04T23:00:00Z", ["checkout-fix-2026-11"]],
  ])("--since %s leaves out engagements that ended before it (dates in the stack timezone)", async (since, ended) => {
    const { code, stdout } = await cli([
      "report",
      "--at",
      "2026-12-20T10:00:00Z",
      "--format",
      "json",
      "--since",
      since,
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.offboarding.map((entry: { id: string }) => entry.id)).toStrictEqual([
      "finance-audit-2026-q4",
      ...ended,
    ]);
    expect(report.counts).toStrictEqual({ active: 0, upcoming: 0, suspended: 1, revoked: 0, ended: ended.length });
  });

  test.each([
    ["2026-02-30", '--since "2026-02-30" is not a calendar date'],
    ["last week", '--since "last week" is not an ISO instant with an offset, such as 2026-11-29T00:00:00Z'],
  ])("--since %s: exit 2 naming the flag", async (since, message) => {
    expect(await cli(["report", "--since", since])).toStrictEqual({
      code: 2,
      stdout: "",
      stderr: `${message}\nRun "contractor-access report --help" for usage.\n`,
    });
  });

  test("an engagement that ended before the notice period is one line on stdout, in full in --output", async () => {
    const folder = mkdtempSync(join(tmpdir(), "report-output-"));
    const output = join(folder, "report.md");
    try {
      const { code, stdout } = await cli(["report", "--at", "2026-12-20T10:00:00Z", "--output", output]);
      expect(code).toBe(0);
      expect(stdout).toContain(
        "<details><summary>3 earlier ended engagements</summary>\n\n- **finance-audit-2026-q4** ended 2026-12-10 23:59 (first-week review due 2026-12-07 not recorded); owner marco@acme.example, FIN-208\n- **checkout-fix-2026-11** ended 2026-12-05 23:59 (window ended); owner priya@acme.example, SHOP-1423\n- **ops-review-2026-12** ended 2026-12-04 23:59 (window ended); owner",
      );
      expect(stdout).not.toContain("### ops-review-2026-12");
      const full = readFileSync(output, "utf8");
      expect(full).toContain("### ops-review-2026-12");
      expect(full).not.toContain("<details>");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
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
