import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { type MockEngine, startMockEngine } from "../packages/contractor-access/src/preview/mockEngine";
import { logicalName, resolvedValue } from "./support/invariants";
import { policyOf, type Recorder, recorder } from "./support/recorder";
import { IDENTITY_CENTER_TYPES, TYPES } from "./support/types";

const examplesDir = join(__dirname, "..", "examples");

// Literal imports, so that the examples' exports are typed. Each one declares
// its resources at top level, so it is imported only after the mocks are set.
const EXAMPLES = {
  "01-freelance-checkout-fix": () => import("../examples/01-freelance-checkout-fix/index"),
  "02-finance-auditor": () => import("../examples/02-finance-auditor/index"),
  "03-operations-consultant": () => import("../examples/03-operations-consultant/index"),
  "04-identity-center": () => import("../examples/04-identity-center/index"),
} as const;
type ExampleName = keyof typeof EXAMPLES;

interface PlannedExample {
  readonly exports: Record<string, unknown>;
  readonly recorded: Recorder;
}

const planned = new Map<ExampleName, PlannedExample>();

function example(name: ExampleName): PlannedExample {
  const found = planned.get(name);
  if (!found) throw new Error(`${name} was not planned`);
  return found;
}

// The mock runtime is global to the process: one engine, and each example's
// registrations are told apart by where they start in its record.
beforeAll(async () => {
  const engine: MockEngine = await startMockEngine({ project: "examples", stack: "test" });
  // Pins the clock that picks the access key's rotation period (example 01).
  process.env.CONTRACTOR_ACCESS_AT = "2026-12-10T12:00:00Z";
  try {
    for (const [name, load] of Object.entries(EXAMPLES) as [ExampleName, () => Promise<Record<string, unknown>>][]) {
      const first = engine.resources.length;
      const exports = await load();
      await engine.settle();
      const resources = engine.resources.slice(first);
      planned.set(name, { exports, recorded: recorder({ resources, settle: engine.settle }) });
    }
  } finally {
    delete process.env.CONTRACTOR_ACCESS_AT;
  }
});

describe("each example is planned in CI", () => {
  test.each([
    [
      "01-freelance-checkout-fix",
      [
        `${TYPES.membership}::github-member-dana-codes`,
        `${TYPES.engagement}::checkout-fix-2026-12`,
        `${TYPES.policy}::checkout-fix-2026-12-boundary`,
        `${TYPES.user}::checkout-fix-2026-12`,
        `${TYPES.policy}::checkout-fix-2026-12-access-1`,
        `${TYPES.userPolicyAttachment}::checkout-fix-2026-12-access-1`,
        `${TYPES.accessKey}::checkout-fix-2026-12-key-2026-12-07`,
        `${TYPES.team}::checkout-fix-2026-12-team`,
        `${TYPES.teamRepository}::checkout-fix-2026-12-repo-storefront`,
        `${TYPES.teamMembership}::checkout-fix-2026-12-member`,
      ],
    ],
    [
      "02-finance-auditor",
      [
        `${TYPES.engagement}::finance-audit-2026-12`,
        `${TYPES.policy}::finance-audit-2026-12-boundary`,
        `${TYPES.user}::finance-audit-2026-12`,
        `${TYPES.policy}::finance-audit-2026-12-access-1`,
        `${TYPES.userPolicyAttachment}::finance-audit-2026-12-access-1`,
        `${TYPES.loginProfile}::finance-audit-2026-12-console`,
      ],
    ],
    [
      "03-operations-consultant",
      [
        `${TYPES.engagement}::ops-review-2026-12`,
        `${TYPES.policy}::ops-review-2026-12-boundary`,
        `${TYPES.user}::ops-review-2026-12`,
        `${TYPES.policy}::ops-review-2026-12-access-1`,
        `${TYPES.userPolicyAttachment}::ops-review-2026-12-access-1`,
        `${TYPES.loginProfile}::ops-review-2026-12-console`,
        `${TYPES.role}::ops-review-2026-12-production`,
        `${TYPES.rolePolicy}::ops-review-2026-12-production`,
        `${TYPES.policy}::ops-review-2026-12-production-boundary`,
      ],
    ],
    [
      "04-identity-center",
      [
        `${TYPES.engagement}::churn-analysis-2026-12`,
        ...["churn-analysis-2026-12", "churn-analysis-2026-12-production"].flatMap((name) => [
          `${TYPES.policy}::${name}-boundary`,
          `${IDENTITY_CENTER_TYPES.permissionSet}::${name}`,
          `${IDENTITY_CENTER_TYPES.inlinePolicy}::${name}`,
          `${IDENTITY_CENTER_TYPES.boundaryAttachment}::${name}`,
          `${IDENTITY_CENTER_TYPES.assignment}::${name}`,
        ]),
      ],
    ],
  ] as const)("%s declares exactly its resources", (name, expected) => {
    const names = example(name).recorded.resources.map(logicalName);
    expect([...names].sort()).toEqual([...expected].sort());
  });

  test("01: push to the one repository, keys but no console, no production", async () => {
    const { recorded, exports } = example("01-freelance-checkout-fix");
    const grant = recorded.find(TYPES.teamRepository, "checkout-fix-2026-12-repo-storefront");
    expect(grant.inputs).toMatchObject({ repository: "storefront", permission: "push" });
    expect(recorded.find(TYPES.membership, "github-member-dana-codes").inputs).toEqual({
      username: "dana-codes",
      role: "member",
    });
    const team = recorded.find(TYPES.team, "checkout-fix-2026-12-team");
    expect(recorded.find(TYPES.teamMembership, "checkout-fix-2026-12-member").options.dependsOn).toEqual([
      recorded.find(TYPES.membership, "github-member-dana-codes").urn,
    ]);
    expect(team.inputs.privacy).toBe("closed");
    expect(await resolvedValue(exports.teamSlug as pulumi.Output<string>)).toBe("contractor-checkout-fix-2026-12");
  });

  test("02: the masked ledger's prefix, read-only, and nothing from the live catalog entry", () => {
    const { recorded } = example("02-finance-auditor");
    const policy = JSON.stringify(policyOf(recorded.find(TYPES.policy, "finance-audit-2026-12-access-1")));
    expect(policy).toContain("arn:aws:s3:::acme-analytics-exports/masked/ledger/*");
    expect(policy).not.toContain("acme-finance-prod");
    expect(policy).not.toMatch(/s3:(Put|Delete)/);
    expect(recorded.find(TYPES.loginProfile, "finance-audit-2026-12-console").inputs.passwordResetRequired).toBe(true);
  });

  test("03: the production role trusts the user for exactly four hours, approved by the CTO", () => {
    const { recorded } = example("03-operations-consultant");
    const role = recorded.find(TYPES.role, "ops-review-2026-12-production");
    expect(role.inputs.description).toBe(
      "Production read for ops-review-2026-12, approved by cto@acme.example (OPS-78)",
    );
    const trust = policyOf(role, "assumeRolePolicy").Statement;
    // AssumeRole and SetSourceIdentity, each with the same window and MFA.
    expect(trust.map((statement) => statement.Action)).toEqual(["sts:AssumeRole", "sts:SetSourceIdentity"]);
    const condition = trust[0]?.Condition as Record<string, Record<string, string>>;
    const start = Date.parse(condition.DateGreaterThanEquals?.["aws:CurrentTime"] ?? "");
    const end = Date.parse(condition.DateLessThanEquals?.["aws:CurrentTime"] ?? "");
    expect(new Date(start).toISOString()).toBe("2026-12-02T08:00:00.000Z");
    expect(end - start).toBe(4 * 60 * 60 * 1000);
    expect(condition.Bool).toEqual({ "aws:MultiFactorAuthPresent": "true" });
  });

  test("04: the synced user is assigned both sets in the account; production's for one-hour sessions, inside its window", async () => {
    const { recorded, exports } = example("04-identity-center");
    for (const name of ["churn-analysis-2026-12", "churn-analysis-2026-12-production"]) {
      expect(recorded.find(IDENTITY_CENTER_TYPES.assignment, name).inputs).toMatchObject({
        principalId: "9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678",
        principalType: "USER",
        targetId: "123456789012",
      });
    }
    expect(
      recorded.find(IDENTITY_CENTER_TYPES.permissionSet, "churn-analysis-2026-12-production").inputs,
    ).toMatchObject({
      name: "contractor-churn-ana.37c61f.prod",
      sessionDuration: "PT1H",
    });
    const inline = policyOf(
      recorded.find(IDENTITY_CENTER_TYPES.inlinePolicy, "churn-analysis-2026-12-production"),
      "inlinePolicy",
    );
    expect(inline.Statement[1]?.Condition).toEqual({ DateGreaterThan: { "aws:CurrentTime": "2026-12-10T13:00:00Z" } });
    expect(exports.onboarding).toEqual(expect.arrayContaining([expect.stringContaining("access portal")]));
  });

  test.each([
    ["01-freelance-checkout-fix", "contractor-checkout-fix-2026-12"],
    ["02-finance-auditor", "contractor-finance-audit-2026-12"],
    ["03-operations-consultant", "contractor-ops-review-2026-12"],
  ] as const)("%s exports the user name, and the credentials only as a secret", async (name, userName) => {
    const { exports } = example(name);
    expect(await resolvedValue(exports.userName as pulumi.Output<string>)).toBe(userName);
    expect(await pulumi.isSecret(exports.credentials as pulumi.Output<unknown>)).toBe(true);
  });

  test("03 exports the production role's ARN", async () => {
    const { exports } = example("03-operations-consultant");
    expect(await resolvedValue(exports.productionRoleArn as pulumi.Output<string>)).toBe(
      "arn:aws:iam::123456789012:role/contractors/contractor-ops-review-2026-12-production",
    );
  });
});

describe("examples are laid out the same way", () => {
  const folders = readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{2}-/.test(entry.name))
    .map((entry) => entry.name)
    .sort();

  test("every numbered folder is planned above", () => {
    expect(folders).toEqual(Object.keys(EXAMPLES));
  });

  test.each(folders)("%s holds exactly a Pulumi program and its three-line README", (folder) => {
    const files = readdirSync(join(examplesDir, folder), { withFileTypes: true })
      .filter((entry) => entry.name !== "node_modules")
      .map((entry) => entry.name)
      .sort();
    expect(files).toEqual(["Pulumi.yaml", "README.md", "index.ts", "package.json", "tsconfig.json"]);
    const readme = readFileSync(join(examplesDir, folder, "README.md"), "utf8")
      .trimEnd()
      .split("\n");
    expect(readme).toHaveLength(3);
    expect(parse(readFileSync(join(examplesDir, folder, "Pulumi.yaml"), "utf8")).runtime).toEqual({
      name: "nodejs",
      options: { typescript: true, packagemanager: "pnpm" },
    });
  });

  test("examples/README.md is a numbered index of the folders, in order", () => {
    const index = readFileSync(join(examplesDir, "README.md"), "utf8");
    const listed = [...index.matchAll(/^(\d+)\. \[([^\]]+)\]\(([^)]+)\/\)/gm)];
    expect(listed.map(([, number]) => Number(number))).toEqual(folders.map((_, position) => position + 1));
    expect(listed.map(([, , text]) => text)).toEqual(folders);
    expect(listed.map(([, , , link]) => link)).toEqual(folders);
  });
});

describe("examples work when copied out of the repository", () => {
  const version = JSON.parse(
    readFileSync(join(__dirname, "../packages/contractor-access/package.json"), "utf8"),
  ).version;
  const manifests = [
    ...readdirSync(examplesDir)
      .filter((folder) => /^\d{2}-/.test(folder))
      .map((folder) => join("examples", folder, "package.json")),
    join("stacks", "package.json"),
  ];

  // pnpm-workspace.yaml sets linkWorkspacePackages, so a version range that
  // matches the workspace package is linked here and fetched from the
  // registry in a copy; `workspace:` would make a copy uninstallable.
  test.each(manifests)(
    "%s depends on contractor-access by a version range that the workspace package matches",
    (file) => {
      const manifest = JSON.parse(readFileSync(join(__dirname, "..", file), "utf8"));
      expect(JSON.stringify(manifest)).not.toContain("workspace:");
      expect(manifest.dependencies["contractor-access"]).toBe(`^${version}`);
    },
  );

  test.each(manifests.filter((file) => file.startsWith("examples")))(
    "%s's tsconfig is the `pulumi new aws-typescript` template's (no skipLibCheck, no esModuleInterop)",
    (file) => {
      const tsconfig = JSON.parse(
        readFileSync(join(__dirname, "..", file.replace("package.json", "tsconfig.json")), "utf8"),
      );
      expect(tsconfig.compilerOptions).toStrictEqual(
        JSON.parse(readFileSync(join(__dirname, "fixtures/commonjs-program/tsconfig.json"), "utf8")).compilerOptions,
      );
    },
  );
});
