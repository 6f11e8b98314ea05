import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { ENGAGEMENT_INPUT } from "../testing/fixtures";
import { tempStack } from "../testing/tempStack";
import { runMain } from "./runMain.testing";

const VALID = stringify(ENGAGEMENT_INPUT);

function linesOf(text: string): string[] {
  return text === "" ? [] : text.replace(/\n$/, "").split("\n");
}

/**
 * Runs `validate` on the files and returns the exit code, the problems
 * printed on stderr (`lines`) and the verdict printed on stdout, with temp
 * paths made relative.
 */
async function validate(files: Record<string, string>, settings?: Record<string, unknown>) {
  const stack = await tempStack(files, settings);
  const run = await runMain(["validate", "--engagements", stack.engagements, "--config", stack.config]);
  const relative = (text: string) => linesOf(text.replaceAll(`${stack.root}/`, ""));
  return { code: run.code, lines: relative(run.stderr), stdout: relative(run.stdout) };
}

describe("contractor-access validate", () => {
  test("valid engagements: exit 0, warnings on stderr, one-line verdict on stdout", async () => {
    const { code, lines, stdout } = await validate({ "checkout.yaml": VALID });
    expect(code).toBe(0);
    expect(lines).toEqual([
      "warning: engagements/checkout.yaml: lanes: the engagement asks for the code, data and production lanes at once, so the contractor can roam the whole company; the reviewer should confirm the task needs all three",
    ]);
    expect(stdout).toEqual(["1 engagement valid in engagements against Pulumi.test.yaml, 1 warning."]);
  });

  test.each([
    [
      "malformed YAML",
      { "a.yaml": "id: [unclosed\n" },
      "engagements/a.yaml: is not valid YAML at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
    [
      "a duplicate key",
      { "a.yaml": "id: a\nid: b\n" },
      "engagements/a.yaml: is not valid YAML at line 2, column 1: Map keys must be unique",
    ],
    ["an empty file", { "a.yaml": "" }, "engagements/a.yaml: is empty"],
    [
      "two YAML documents",
      { "a.yaml": `${VALID}---\n${VALID}` },
      "engagements/a.yaml: holds 2 YAML documents; a file holds exactly one",
    ],
    [
      "malformed JSON",
      { "a.json": '{"id": 1' },
      "engagements/a.json: is not valid JSON: Expected ',' or '}' after property value in JSON at position 8",
    ],
    [
      "a file that is not an engagement",
      { "a.yaml": "- just\n- a list\n" },
      "engagements/a.yaml: does not hold an engagement: expected a mapping with id, task, ticket, owner, contractor, window and lanes",
    ],
    [
      "a file of another kind",
      { "notes.txt": "hello" },
      "engagements/notes.txt: is not an engagement file; engagement files end in .yaml, .yml, .json or .ts",
    ],
    [
      "a TypeScript file without a default export",
      { "a.ts": "export const engagement = {};\n" },
      "engagements/a.ts: has no default export; write `export default defineEngagement({ ... })`",
    ],
    [
      "a TypeScript file that throws",
      { "a.ts": 'throw new Error("boom");\n' },
      "engagements/a.ts: line 1: uses a throw statement, which is not data; an engagement file is data: inline the value, or write the engagement in YAML",
    ],
    [
      "a typo in a field name",
      { "a.yaml": VALID.replace("owner:", "ownr:") },
      [
        "engagements/a.yaml: owner: is required",
        'engagements/a.yaml: unknown field "ownr" (did you mean "owner"?); allowed fields here: id, task, ticket, owner, contractor, window, reviews, revoked, lanes, aws, sharedSecrets',
      ],
    ],
    [
      "a typo in a nested field",
      { "a.yaml": VALID.replace("permission: push", "permision: push") },
      'engagements/a.yaml: lanes.code.repositories[0]: unknown field "permision" (did you mean "permission"?); allowed fields here: name, permission',
    ],
    [
      "a wrong type",
      { "a.yaml": VALID.replace("console: true", "console: yes") },
      'engagements/a.yaml: aws.console: must be true or false, not "yes"',
    ],
    [
      "an unknown permission",
      { "a.yaml": VALID.replace("permission: push", "permission: write") },
      'engagements/a.yaml: lanes.code.repositories[0].permission: must be one of pull, triage, push, maintain, admin, not "write"',
    ],
    [
      "an impossible date",
      { "a.yaml": VALID.replace("start: 2026-11-24", "start: 2026-02-30") },
      'engagements/a.yaml: window.start: "2026-02-30" is not a real calendar date',
    ],
    [
      "a missing end date",
      { "a.yaml": VALID.replace("  end: 2026-11-28\n", "") },
      "engagements/a.yaml: window.end: is required",
    ],
    [
      "a date-time without offset",
      { "a.yaml": VALID.replace("2026-11-27T16:00:00Z", "2026-11-27T16:00:00") },
      'engagements/a.yaml: lanes.production.window.end: "2026-11-27T16:00:00" has a time but no UTC offset; add "Z" or an offset such as "+01:00"',
    ],
    [
      "an invalid email",
      { "a.yaml": VALID.replace("priya@acme.example", "priya") },
      "engagements/a.yaml: owner.email: must be an email address such as dana@freelance.example",
    ],
  ])("%s: exit 1 with the exact problem on stderr", async (_name, files, expected) => {
    const { code, lines, stdout } = await validate(files);
    expect(code).toBe(1);
    expect(stdout).toEqual([]);
    const problems = Array.isArray(expected) ? expected : [expected];
    expect(lines.slice(0, -1)).toEqual(problems);
    expect(lines.at(-1)).toBe(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in 1 file; nothing was changed.`,
    );
  });

  test("an empty folder is an error", async () => {
    const { code, lines } = await validate({});
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/engagements: holds no engagement files \(\.yaml, \.yml, \.json or \.ts\)$/);
  });

  test("a missing folder is an error", async () => {
    const { code, stderr } = await runMain(["validate", "--engagements", "/nonexistent/engagements"]);
    expect(code).toBe(1);
    expect(linesOf(stderr)).toContain(
      "/nonexistent/engagements: folder does not exist; pass the engagements folder with --engagements",
    );
  });

  test("every problem in every file is reported at once, rules included", async () => {
    const { code, lines } = await validate({
      "a.yaml": VALID.replace("console: true", "console: yes"),
      "b.yaml": VALID.replace("permission: push", "permission: admin").replace(
        "id: checkout-fix-2026-11",
        "id: other-fix",
      ),
      "c.yaml": VALID,
      "d.yaml": VALID,
    });
    expect(code).toBe(1);
    expect(lines.filter((line) => !line.startsWith("warning:"))).toEqual([
      'engagements/a.yaml: aws.console: must be true or false, not "yes"',
      'engagements/b.yaml: lanes.code.repositories[0].permission: repository storefront asks for permission "admin", which lets the contractor change repository settings and branch protections; use "pull" (read-only, the default), "triage" or "push"',
      'engagements/d.yaml: id: id "checkout-fix-2026-11" is already used by another engagement; ids must be unique in the stack (see engagements/c.yaml)',
      "3 problems in 3 files, 3 warnings; nothing was changed.",
    ]);
  });

  test("invalid stack settings are reported with their config key, together with engagement problems", async () => {
    const { code, lines } = await validate(
      { "a.yaml": "- a list\n" },
      { githubOrg: "acme", internalDomains: [], maxEngagmentDays: 30, timezone: "Mars/Olympus" },
    );
    expect(code).toBe(1);
    expect(lines).toEqual([
      "Pulumi.test.yaml: contractorAccess:internalDomains: list at least one internal email domain",
      "Pulumi.test.yaml: contractorAccess:timezone: must be an IANA timezone such as UTC or Europe/Berlin",
      'Pulumi.test.yaml: contractorAccess: unknown field "maxEngagmentDays" (did you mean "maxEngagementDays"?); allowed fields here: githubOrg, internalDomains, timezone, maxEngagementDays, maxProductionHours, maxOnCallDays, maxKeyRotationDays, reviewIntervalDays, reviewGraceDays, upcomingLeadDays, noticeDays, mfaEnrollmentHours, iamQuotas, datasets, sharedSecrets, production, alerts, identity, identityCenter',
      "3 problems in 1 file; nothing was changed.",
    ]);
  });

  test("production read settings that read data are refused", async () => {
    const { lines } = await validate(
      { "a.yaml": VALID },
      {
        githubOrg: "acme",
        internalDomains: ["acme.example"],
        production: { read: { actions: ["s3:Get*"] }, operate: { actions: ["ecs:StopTask"] } },
      },
    );
    expect(lines[0]).toBe(
      'Pulumi.test.yaml: contractorAccess:production.read.actions[0]: "s3:Get*" reads data (s3:GetObject, s3:GetObjectVersion); production read access must not include data reads, which go through the masked data lane',
    );
  });
});
