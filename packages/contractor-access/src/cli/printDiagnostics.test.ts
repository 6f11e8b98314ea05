import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { ENGAGEMENT_INPUT } from "../testing/fixtures";
import { tempStack } from "../testing/tempStack";
import { diagnosticsJson } from "./printDiagnostics";
import { runMain } from "./runMain.testing";

// Annotations are tested through validate, which prints every diagnostic; plan and report print theirs the same way.
const VALID = stringify(ENGAGEMENT_INPUT);

function linesOf(text: string): string[] {
  return text === "" ? [] : text.replace(/\n$/, "").split("\n");
}

describe("diagnosticsJson", () => {
  test("each diagnostic with its field written out and its path as a list", () => {
    expect(
      JSON.parse(
        diagnosticsJson([
          { file: "a.yaml", path: ["lanes", "code", "repositories", 0], severity: "error", message: "no" },
          { file: "b.yaml", path: [], severity: "warning", message: "hm" },
        ]),
      ),
    ).toEqual({
      diagnostics: [
        {
          severity: "error",
          file: "a.yaml",
          field: "lanes.code.repositories[0]",
          path: ["lanes", "code", "repositories", 0],
          message: "no",
        },
        { severity: "warning", file: "b.yaml", field: "", path: [], message: "hm" },
      ],
    });
  });
});

describe("contractor-access validate in GitHub Actions", () => {
  const env = (root: string) => ({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: root });

  test("each problem is also an annotation on the line of its field (or of the syntax error), paths relative to the workspace", async () => {
    const stack = await tempStack({
      "a.yaml": VALID.replace("permission: push", "permission: admin"),
      "b.yaml": "id: [unclosed\n",
    });
    const run = await runMain(
      ["validate", "--engagements", stack.engagements, "--config", stack.config],
      env(stack.root),
    );
    expect(run.code).toBe(1);
    const annotations = linesOf(run.stderr).filter((line) => line.startsWith("::"));
    expect(annotations).toEqual([
      "::error file=engagements/b.yaml,line=2::is not valid YAML at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]",
      '::error file=engagements/a.yaml,line=18::lanes.code.repositories[0].permission: repository storefront asks for permission "admin", which lets the contractor change repository settings and branch protections; use "pull" (read-only, the default), "triage" or "push"',
      "::warning file=engagements/a.yaml,line=14::lanes: the engagement asks for the code, data and production lanes at once, so the contractor can roam the whole company; the reviewer should confirm the task needs all three",
    ]);
    expect(run.stdout).toBe("");
  });

  test("settings problems point into the config file's config: mapping", async () => {
    const stack = await tempStack(
      { "a.yaml": VALID },
      { githubOrg: "acme", internalDomains: [], timezone: "Mars/Olympus", maxEngagmentDays: 30 },
    );
    const run = await runMain(
      ["validate", "--engagements", stack.engagements, "--config", stack.config],
      env(stack.root),
    );
    expect(linesOf(run.stderr).filter((line) => line.startsWith("::"))).toEqual([
      "::error file=Pulumi.test.yaml,line=4::contractorAccess:internalDomains: list at least one internal email domain",
      "::error file=Pulumi.test.yaml,line=5::contractorAccess:timezone: must be an IANA timezone such as UTC or Europe/Berlin",
      '::error file=Pulumi.test.yaml,line=1::contractorAccess: unknown field "maxEngagmentDays" (did you mean "maxEngagementDays"?); allowed fields here: githubOrg, internalDomains, timezone, maxEngagementDays, maxProductionHours, maxOnCallDays, maxKeyRotationDays, reviewIntervalDays, reviewGraceDays, upcomingLeadDays, noticeDays, mfaEnrollmentHours, iamQuotas, datasets, sharedSecrets, production, alerts, identity, identityCenter',
    ]);
  });

  test("a missing folder is annotated as a whole; outside GitHub Actions there are no annotations", async () => {
    const argv = ["validate", "--engagements", "/nonexistent/engagements"];
    const inActions = await runMain(argv, { GITHUB_ACTIONS: "true" });
    expect(linesOf(inActions.stderr)).toContain(
      "::error file=/nonexistent/engagements::folder does not exist; pass the engagements folder with --engagements",
    );
    expect((await runMain(argv, { GITHUB_ACTIONS: "false" })).stderr).not.toContain("::error");
  });
});
