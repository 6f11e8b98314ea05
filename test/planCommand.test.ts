import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { cli } from "./support/cli";

// These run the CLI in this process, on the example stack (stacks/engagements,
// Pulumi.dev.yaml, relative to the repository root where vitest runs), in
// Europe/Berlin. Plans may run one after another in one process (each starts
// the mock engine afresh) but never at the same time: the Pulumi runtime is
// global, and tests in a file run in sequence. The built CLI has its smoke
// test in cliBin.test.ts.
const AT_DURING = "2026-11-25T10:00:00Z";

interface Step {
  op: string;
  urn: string;
  newState: { type: string; urn: string; parent: string; custom: boolean; inputs: Record<string, unknown> };
}

async function planJson(at: string): Promise<{ steps: Step[]; changeSummary: { create: number } }> {
  const { code, stdout, stderr } = await cli(["plan", "--at", at, "--format", "json"]);
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(stdout);
}

describe("contractor-access plan --format json", () => {
  let preview: Awaited<ReturnType<typeof planJson>>;
  beforeAll(async () => {
    preview = await planJson(AT_DURING);
  });

  test("follows pulumi preview --json: one create step per resource, components and the root stack included", () => {
    expect(Object.keys(preview)).toEqual(["steps", "changeSummary"]);
    expect(preview.changeSummary).toEqual({ create: preview.steps.length });
    for (const step of preview.steps) {
      expect(Object.keys(step)).toEqual(["op", "urn", "newState"]);
      expect(step.op).toBe("create");
      expect(Object.keys(step.newState)).toEqual(["type", "urn", "parent", "custom", "inputs"]);
      expect(step.newState.urn).toBe(step.urn);
    }
    expect(preview.steps[0]?.newState).toEqual({
      type: "pulumi:pulumi:Stack",
      urn: "urn:pulumi:dev::contractor-access::pulumi:pulumi:Stack::contractor-access-dev",
      parent: "",
      custom: false,
      inputs: {},
    });
  });

  test("every parent is the URN of another step", () => {
    const urns = new Set(preview.steps.map((step) => step.urn));
    for (const step of preview.steps.slice(1)) expect(urns.has(step.newState.parent)).toBe(true);
  });

  test("components are custom: false, provider resources custom: true", () => {
    const custom = Object.fromEntries(preview.steps.map((step) => [step.newState.type, step.newState.custom]));
    expect(custom["contractor-access:index:ContractorEngagement"]).toBe(false);
    expect(custom["aws:iam/user:User"]).toBe(true);
  });

  test("secret inputs print as [secret]", () => {
    const version = preview.steps.find(
      (step) => step.newState.type === "aws:secretsmanager/secretVersion:SecretVersion",
    );
    expect(version?.newState.inputs.secretString).toBe("[secret]");
    expect(JSON.stringify(preview)).not.toMatch(/fake-random|fake-secret|fake-password/);
  });

  test.each([
    ["2026-11-23T22:59:59Z", []],
    [AT_DURING, ["checkout-fix-2026-11"]],
    ["2026-12-01T00:00:00Z", ["checkout-fix-2026-11", "finance-audit-2026-q4", "ops-review-2026-12"]],
    ["2026-12-05T22:59:59Z", ["checkout-fix-2026-11", "finance-audit-2026-q4"]],
    ["2026-12-05T23:00:00Z", ["finance-audit-2026-q4"]],
    ["2027-01-29T23:00:00Z", []],
  ])("at %s the engagements declared are %j", async (at, expected) => {
    const names = (await planJson(at)).steps
      .filter((step) => step.newState.type === "contractor-access:index:ContractorEngagement")
      .map((step) => step.urn.split("::").pop());
    expect(names?.sort()).toEqual([...expected].sort());
  });
});

describe("contractor-access plan (markdown)", () => {
  test("the access review names people, window, time left and grants in plain words", async () => {
    const { code, stdout, stderr } = await cli(["plan", "--at", AT_DURING]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("# Access review at 2026-11-25 11:00 (Europe/Berlin)");
    expect(stdout).toContain("### `checkout-fix-2026-11`: active, 11 days left");
    expect(stdout).toContain("- **Owner**: Priya Raman <priya@acme.example>");
    expect(stdout).toContain("- **Window**: 2026-11-24 to 2026-12-05 (Europe/Berlin, both ends inclusive)");
    expect(stdout).toContain("  - Code: storefront (push): read and write, via team contractor-checkout-fix-2026-11");
    expect(stdout).toContain("  - Data: masked-ledger (masked), read-only s3://acme-analytics-exports/masked/ledger/");
    expect(stdout).toContain(
      "  - Production: read from 2026-12-02T08:00:00Z to 2026-12-02T12:00:00Z, approved by cto@acme.example (OPS-78); 13 actions, MFA required, sessions of at most 1 hour",
    );
    // checkout-fix-2026-11 records its first-week review; finance-audit-2026-q4 does not, yet.
    expect(stdout).toContain(
      "- **Access suspended after**: 2026-12-10 23:59, unless the first-week review due 2026-12-07 is recorded in the file",
    );
    expect(stdout).not.toContain("review due 2026-12-01");
    expect(stdout).toContain("3 engagements: 1 active, 2 upcoming, 0 suspended, 0 revoked, 0 ended; 1 provisioned.");
  });

  test("without contractorAccess:alerts, plan warns on stderr and in the review", async () => {
    const folder = mkdtempSync(join(tmpdir(), "plan-no-alerts-"));
    const config = join(folder, "Pulumi.noalerts.yaml");
    writeFileSync(
      config,
      readFileSync("Pulumi.dev.yaml", "utf8").replace(/ {2}contractorAccess:alerts:\n {4}emailOwners: true\n/, ""),
    );
    const { code, stdout, stderr } = await cli(["plan", "--at", AT_DURING, "--config", config]);
    const warning =
      "no activity alerts: set contractorAccess:alerts (topicArn, or emailOwners: true) so that owners hear of sign-ins, production sessions, MFA and credential changes and refused calls";
    expect({ code, stderr }).toEqual({ code: 0, stderr: `warning: ${warning}\n` });
    expect(stdout).toContain(`- ${warning}\n`);
  });

  test("invalid input: exit 1, every problem on stderr, no steps", async () => {
    const folder = mkdtempSync(join(tmpdir(), "plan-invalid-"));
    writeFileSync(join(folder, "a.yaml"), "id: Bad\n");
    const { code, stdout, stderr } = await cli(["plan", "--engagements", folder]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toContain(`${folder}/a.yaml: task: is required\n`);
    expect(stderr.trim().split("\n").at(-1)).toBe("6 problem(s); nothing was planned.");
  });

  test("invalid input with --format json: stdout is still JSON, the diagnostics and no steps", async () => {
    const folder = mkdtempSync(join(tmpdir(), "plan-invalid-"));
    writeFileSync(join(folder, "a.yaml"), "id: Bad\n");
    const { code, stdout, stderr } = await cli(["plan", "--engagements", folder, "--format", "json"]);
    expect(code).toBe(1);
    expect(stdout).not.toContain('"steps"');
    const json = JSON.parse(stdout) as { diagnostics: unknown[] };
    expect(Object.keys(json)).toEqual(["diagnostics"]);
    expect(json.diagnostics).toHaveLength(6);
    expect(json.diagnostics).toContainEqual({
      severity: "error",
      file: `${folder}/a.yaml`,
      field: "task",
      path: ["task"],
      message: "is required",
    });
    expect(stderr).toContain(`${folder}/a.yaml: task: is required\n`);
    expect(stderr.trim().split("\n").at(-1)).toBe("6 problem(s); nothing was planned.");
  });
});

// plan --base runs git in the working directory, so these change into the temporary repository.
async function cliIn(cwd: string, args: string[]) {
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    return await cli(args);
  } finally {
    process.chdir(previous);
  }
}

describe("contractor-access plan --base", () => {
  test("the changes against the base come first: widened permission, extended window, new engagement", async () => {
    const repo = mkdtempSync(join(tmpdir(), "plan-base-"));
    const root = join(__dirname, "..");
    cpSync(join(root, "Pulumi.dev.yaml"), join(repo, "Pulumi.dev.yaml"));
    cpSync(join(root, "stacks/engagements/checkout-fix-2026-11.yaml"), join(repo, "engagements/checkout.yaml"), {
      recursive: true,
    });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t.example", ...args], { cwd: repo });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "base");
    const file = join(repo, "engagements/checkout.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace("permission: push", "permission: triage")
        .replace("end: 2026-12-05", "end: 2026-12-08"),
    );
    git("commit", "-qam", "narrow");
    writeFileSync(file, readFileSync(file, "utf8").replace("permission: triage", "permission: push"));
    cpSync(join(root, "stacks/engagements/finance-audit-2026-q4.yaml"), join(repo, "engagements/audit.yaml"));
    const { code, stdout, stderr } = await cliIn(repo, [
      "plan",
      "--base",
      "HEAD",
      "--engagements",
      "engagements",
      "--config",
      "Pulumi.dev.yaml",
      "--at",
      AT_DURING,
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const section = stdout.split("## Warnings")[0] ?? "";
    expect(section).toContain("## Changes against HEAD");
    expect(section).toContain("- **widened** `checkout-fix-2026-11` (code): ");
    expect(section).toContain(
      "- **added** `finance-audit-2026-q4` (engagement): new engagement for Lena Vogt <lena.vogt@audit-partners.example>",
    );
    // The same changes as JSON beside the preview, and the whole review in --output.
    const output = join(repo, "review.md");
    const flags = ["--base", "HEAD", "--engagements", "engagements", "--config", "Pulumi.dev.yaml", "--at", AT_DURING];
    const json = await cliIn(repo, ["plan", ...flags, "--format", "json"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { steps: unknown[]; accessChanges: Record<string, string>[] };
    expect(Object.keys(parsed)).toStrictEqual(["steps", "changeSummary", "accessChanges"]);
    expect(parsed.accessChanges.map(({ engagement, kind, lane }) => `${kind} ${engagement} ${lane}`)).toStrictEqual(
      [...section.matchAll(/^- \*\*(\w+)\*\* `([^`]+)` \((\w+)\)/gm)].map(
        ([, kind, id, lane]) => `${kind} ${id} ${lane}`,
      ),
    );
    expect(Object.keys(parsed.accessChanges[0] ?? {})).toStrictEqual(["engagement", "kind", "lane", "message"]);
    const written = await cliIn(repo, ["plan", ...flags, "--output", output]);
    expect(written.stdout).toBe(stdout);
    expect(readFileSync(output, "utf8")).toBe(stdout.replace(/\n$/, ""));
    const withoutBase = await cliIn(repo, ["plan", ...flags.slice(2), "--format", "json"]);
    expect(Object.keys(JSON.parse(withoutBase.stdout))).toStrictEqual(["steps", "changeSummary"]);
    const unknown = await cliIn(repo, [
      "plan",
      "--base",
      "no-such-ref",
      "--engagements",
      "engagements",
      "--at",
      AT_DURING,
    ]);
    expect({ code: unknown.code, stdout: unknown.stdout }).toEqual({ code: 1, stdout: "" });
    expect(unknown.stderr.trim()).toBe(
      'base "no-such-ref" is not a git revision this repository knows; fetch it first (for example git fetch origin main)',
    );
  });
});

describe("contractor-access plan on an Identity Center stack", () => {
  const identityCenterConfig = () => {
    const folder = mkdtempSync(join(tmpdir(), "plan-identity-center-"));
    const config = join(folder, "Pulumi.ic.yaml");
    writeFileSync(
      config,
      `${readFileSync("Pulumi.dev.yaml", "utf8").trimEnd()}
  contractorAccess:identity: identity-center
  contractorAccess:identityCenter:
    instanceArn: arn:aws:sso:::instance/ssoins-1234567890abcdef
    identityStoreId: d-1234567890
    accountId: "123456789012"
`,
    );
    return { folder, config };
  };

  test("an engagement asking for access keys is refused, naming its file and field, and nothing is planned", async () => {
    const { config } = identityCenterConfig();
    const { code, stdout, stderr } = await cli(["plan", "--at", AT_DURING, "--config", config]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toContain(
      "stacks/engagements/checkout-fix-2026-11.yaml: aws.accessKeys: aws.accessKeys is true, but the stack uses identity: identity-center",
    );
  });

  test("without keys: permission sets and assignments, an Identity Store user, and no IAM user, key or password", async () => {
    const { folder, config } = identityCenterConfig();
    const engagements = join(folder, "engagements");
    cpSync("stacks/engagements", engagements, { recursive: true });
    const file = join(engagements, "checkout-fix-2026-11.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n {2}accessKeys: true/, ""));
    const { code, stdout, stderr } = await cli([
      "plan",
      "--at",
      AT_DURING,
      "--config",
      config,
      "--engagements",
      engagements,
      "--format",
      "json",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const types = new Set((JSON.parse(stdout) as { steps: Step[] }).steps.map((step) => step.newState.type));
    expect(types).toContain("aws:ssoadmin/permissionSet:PermissionSet");
    expect(types).toContain("aws:ssoadmin/accountAssignment:AccountAssignment");
    expect(types).toContain("aws:identitystore/user:User");
    for (const type of [
      "aws:iam/user:User",
      "aws:iam/accessKey:AccessKey",
      "aws:iam/userLoginProfile:UserLoginProfile",
    ]) {
      expect(types).not.toContain(type);
    }
  });
});
