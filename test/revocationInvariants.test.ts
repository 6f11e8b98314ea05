import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, test } from "vitest";
import type { ContractorEngagement } from "../packages/contractor-access/src/component/ContractorEngagement";
import type { EngagementCredentials } from "../packages/contractor-access/src/component/engagementCredentials";
import type { RecordedResource } from "../packages/contractor-access/src/preview/mockEngine";
import { SETTINGS_INPUT } from "../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "./support/declareUnderMocks";
import { INVARIANT_STACK, logicalName, namedAfter, registeredOutputs, resolvedValue } from "./support/invariants";
import type { Recorder } from "./support/recorder";
import { TYPES } from "./support/types";

// Revocation is `pulumi destroy` of the engagement: these invariants are what
// make that destroy complete (everything is a child, nothing is retained or
// protected, deletion succeeds and runs in the right order) and what keeps
// credentials out of plain state.

let stack: Recorder;
const components = new Map<string, ContractorEngagement>();

beforeAll(async () => {
  const declared = await declareUnderMocks(INVARIANT_STACK, {
    settings: SETTINGS_INPUT,
    now: new Date("2026-11-25T00:00:00Z"),
  });
  stack = declared;
  INVARIANT_STACK.forEach(({ name }, index) => {
    components.set(name, declared.components[index] as ContractorEngagement);
  });
});

function component(name: string): RecordedResource {
  return stack.find(TYPES.engagement, name);
}

const EXPECTED_RESOURCES: Readonly<Record<string, readonly string[]>> = {
  "checkout-fix": [
    `${TYPES.engagement}::checkout-fix`,
    `${TYPES.policy}::checkout-fix-boundary`,
    `${TYPES.user}::checkout-fix`,
    `${TYPES.policy}::checkout-fix-access-1`,
    `${TYPES.userPolicyAttachment}::checkout-fix-access-1`,
    `${TYPES.loginProfile}::checkout-fix-console`,
    `${TYPES.accessKey}::checkout-fix-key-2026-11-24`,
    `${TYPES.role}::checkout-fix-production`,
    `${TYPES.rolePolicy}::checkout-fix-production`,
    `${TYPES.policy}::checkout-fix-production-boundary`,
    `${TYPES.team}::checkout-fix-team`,
    `${TYPES.teamRepository}::checkout-fix-repo-storefront`,
    `${TYPES.teamMembership}::checkout-fix-member`,
  ],
  "docs-refresh": [
    `${TYPES.engagement}::docs-refresh`,
    `${TYPES.policy}::docs-refresh-boundary`,
    `${TYPES.user}::docs-refresh`,
    `${TYPES.policy}::docs-refresh-access-1`,
    `${TYPES.userPolicyAttachment}::docs-refresh-access-1`,
    `${TYPES.team}::docs-refresh-team`,
    `${TYPES.teamRepository}::docs-refresh-repo-developer-docs`,
    `${TYPES.teamMembership}::docs-refresh-member`,
  ],
  "orders-analysis": [
    `${TYPES.engagement}::orders-analysis`,
    `${TYPES.policy}::orders-analysis-boundary`,
    `${TYPES.user}::orders-analysis`,
    `${TYPES.policy}::orders-analysis-access-1`,
    `${TYPES.userPolicyAttachment}::orders-analysis-access-1`,
    `${TYPES.loginProfile}::orders-analysis-console`,
    `${TYPES.accessKey}::orders-analysis-key-2026-11-20`,
  ],
  "incident-review": [
    `${TYPES.engagement}::incident-review`,
    `${TYPES.policy}::incident-review-boundary`,
    `${TYPES.user}::incident-review`,
    `${TYPES.policy}::incident-review-access-1`,
    `${TYPES.userPolicyAttachment}::incident-review-access-1`,
    `${TYPES.loginProfile}::incident-review-console`,
    `${TYPES.role}::incident-review-production`,
    `${TYPES.rolePolicy}::incident-review-production`,
    `${TYPES.policy}::incident-review-production-boundary`,
  ],
};

const ENGAGEMENT_NAMES = Object.keys(EXPECTED_RESOURCES);

test.each(ENGAGEMENT_NAMES)("%s: everything it declares is a descendant of its component", (name) => {
  const descendants = stack.descendantsOf(component(name).urn).map(logicalName).sort();
  const declared = namedAfter(stack.resources, name)
    .filter((resource) => resource.type !== TYPES.engagement)
    .map(logicalName)
    .sort();
  expect(descendants).toEqual(declared);
  expect(descendants).toHaveLength((EXPECTED_RESOURCES[name]?.length ?? 0) - 1);
});

test("only the person-level organization memberships live outside a component: one per GitHub username", () => {
  const underComponents = new Set(
    stack.ofType(TYPES.engagement).flatMap((engagement) => [engagement, ...stack.descendantsOf(engagement.urn)]),
  );
  const outside = stack.resources.filter((resource) => !underComponents.has(resource));
  // Dana has two concurrent engagements and still exactly one membership, so ending one leaves the other intact.
  expect(outside.map(logicalName)).toEqual([`${TYPES.membership}::github-member-dana-codes`]);
  expect(outside[0]?.inputs).toEqual({ username: "dana-codes", role: "member" });
});

test("no resource is protected or retained on delete, so destroy really removes it", () => {
  const kept = stack.resources.filter(
    (resource) => resource.options.protect === true || resource.options.retainOnDelete === true,
  );
  expect(kept.map(logicalName)).toEqual([]);
  expect(stack.resources.length).toBeGreaterThan(0);
});

test("every IAM user is force-destroyed, under /contractors/, and capped by its own engagement's boundary", async () => {
  const users = stack.ofType(TYPES.user);
  expect(users.map((user) => user.name).sort()).toEqual([...ENGAGEMENT_NAMES].sort());
  for (const user of users) {
    const boundary = stack
      .ofType(TYPES.policy)
      .filter((policy) => policy.parent === user.parent && policy.name === `${user.name}-boundary`);
    expect(boundary.map((policy) => policy.name)).toEqual([`${user.name}-boundary`]);
    const declaredBoundary = (components.get(user.name) as ContractorEngagement).boundary;
    if (!declaredBoundary) throw new Error(`${user.name} has no boundary`);
    const boundaryArn = await resolvedValue(declaredBoundary.arn);
    expect(boundaryArn).toBe(`arn:aws:iam::123456789012:policy/contractors/${boundary[0]?.inputs.name}`);
    expect(user.inputs).toMatchObject({ forceDestroy: true, path: "/contractors/", permissionsBoundary: boundaryArn });
  }
});

test("every team membership explicitly depends on the person's organization membership, which is removed last", () => {
  const teamMemberships = stack.ofType(TYPES.teamMembership);
  expect(teamMemberships.map((membership) => membership.name)).toEqual(["checkout-fix-member", "docs-refresh-member"]);
  const organizationMembership = stack.find(TYPES.membership, "github-member-dana-codes");
  for (const teamMembership of teamMemberships) {
    expect(teamMembership.inputs.username).toBe("dana-codes");
    expect(teamMembership.options.dependsOn).toEqual([organizationMembership.urn]);
  }
  for (const membership of stack.ofType(TYPES.membership)) {
    expect(membership.inputs.downgradeOnDestroy).not.toBe(true);
  }
});

test("logical names (type and name) and physical names are unique across the stack", () => {
  const duplicates = (names: readonly string[]) => names.filter((name, index) => names.indexOf(name) !== index);
  expect(duplicates(stack.resources.map(logicalName))).toEqual([]);
  for (const type of [TYPES.user, TYPES.role, TYPES.policy, TYPES.team]) {
    const physical = stack.ofType(type).map((resource) => String(resource.inputs.name));
    expect(physical.length, type).toBeGreaterThan(0);
    expect(duplicates(physical), type).toEqual([]);
  }
});

describe("secrets: no credential reaches a plain output, even when the engine marks no provider output secret", () => {
  const credentialsOf = (name: string) => resolvedValue((components.get(name) as ContractorEngagement).credentials);
  const secretValues = ({
    consolePassword,
    encryptedConsolePassword,
    secretAccessKey,
    encryptedSecretAccessKey,
  }: EngagementCredentials) =>
    [consolePassword, encryptedConsolePassword, secretAccessKey, encryptedSecretAccessKey].filter(
      (value): value is string => typeof value === "string",
    );

  test.each(ENGAGEMENT_NAMES)("%s: component.credentials is a secret output", async (name) => {
    expect(await pulumi.isSecret((components.get(name) as ContractorEngagement).credentials)).toBe(true);
  });

  test("the fixture's credentials hold the plain password and secret key, so they must stay secret", async () => {
    const credentials = await credentialsOf("checkout-fix");
    expect(Object.keys(credentials).sort()).toEqual(["accessKeyId", "consolePassword", "secretAccessKey", "userName"]);
    expect(credentials.consolePassword).toMatch(/^fake-password-/);
    expect(credentials.secretAccessKey).toMatch(/^fake-secret-/);
  });

  // The stack output `credentials` and the provider's resources hold the secrets; the component's outputs add no copy.
  test.each(ENGAGEMENT_NAMES)("%s: registered outputs hold no credential at all", async (name) => {
    const outputs = await registeredOutputs(component(name).urn);
    expect(Object.keys(outputs)).not.toContain("credentials");
    expect(outputs.userName).toEqual({ secret: false, value: `contractor-${name}-2026-11` });
    const plain = Object.entries(outputs).filter(([, output]) => !output.secret);
    expect(plain.map(([key]) => key).sort()).toStrictEqual(Object.keys(outputs).sort());
    const text = JSON.stringify(plain);
    const everySecret = (await Promise.all(ENGAGEMENT_NAMES.map(credentialsOf))).flatMap(secretValues);
    expect(everySecret.length).toBeGreaterThan(0);
    for (const secret of everySecret) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/fake-password|fake-secret|wcBMA/);
  });

  test("with a PGP key, the login profile and access key are encrypted and only encrypted values are returned", async () => {
    expect(stack.find(TYPES.loginProfile, "orders-analysis-console").inputs.pgpKey).toBe("keybase:lenavogt");
    expect(stack.find(TYPES.accessKey, "orders-analysis-key-2026-11-20").inputs.pgpKey).toBe("keybase:lenavogt");
    const credentials: EngagementCredentials = await credentialsOf("orders-analysis");
    expect(Object.keys(credentials).sort()).toEqual([
      "accessKeyId",
      "encryptedConsolePassword",
      "encryptedSecretAccessKey",
      "userName",
    ]);
    expect(credentials.encryptedConsolePassword).toMatch(/^wcBMA-fake-encrypted-/);
    expect(stack.find(TYPES.loginProfile, "checkout-fix-console").inputs).not.toHaveProperty("pgpKey");
  });

  test("access keys and login profiles ask the engine to treat their secret outputs as secret", () => {
    const accessKeys = stack.ofType(TYPES.accessKey);
    const loginProfiles = stack.ofType(TYPES.loginProfile);
    expect(accessKeys).toHaveLength(2);
    expect(loginProfiles).toHaveLength(3);
    for (const key of accessKeys) expect(key.options.additionalSecretOutputs).toContain("secret");
    for (const profile of loginProfiles) expect(profile.options.additionalSecretOutputs).toContain("password");
  });
});

test("IAM names and tags stay within AWS limits", () => {
  for (const user of stack.ofType(TYPES.user)) expect(user.inputs.name).toMatch(/^[A-Za-z0-9+=,.@_-]{1,64}$/);
  for (const role of stack.ofType(TYPES.role)) expect(role.inputs.name).toMatch(/^[A-Za-z0-9+=,.@_-]{1,64}$/);
  const tagged = stack.resources.filter((resource) => resource.inputs.tags !== undefined);
  expect(tagged.map(logicalName).sort()).toEqual(
    stack.resources
      .filter((resource) => [TYPES.user, TYPES.policy, TYPES.role].includes(resource.type as never))
      .map(logicalName)
      .sort(),
  );
  for (const resource of tagged) {
    for (const [key, value] of Object.entries(resource.inputs.tags as Record<string, string>)) {
      expect(key.length, key).toBeLessThanOrEqual(128);
      expect(key, key).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u);
      expect(key, key).not.toMatch(/^aws:/i);
      expect(value.length, value).toBeLessThanOrEqual(256);
      expect(value, `${logicalName(resource)} ${key}`).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u);
    }
  }
  // The ticket "OPS#77 (night shift)" holds characters tags refuse; they are replaced, not dropped.
  expect(stack.find(TYPES.role, "incident-review-production").inputs.tags).toMatchObject({
    "contractor-access:ticket": "OPS-77 -night shift-",
  });
});

test.each(ENGAGEMENT_NAMES)("%s declares exactly the resources its shape calls for", (name) => {
  expect(namedAfter(stack.resources, name).map(logicalName).sort()).toEqual(
    [...(EXPECTED_RESOURCES[name] ?? [])].sort(),
  );
});

test("the stack holds the engagements' resources and one organization membership, nothing else", () => {
  const expected = Object.values(EXPECTED_RESOURCES).flat();
  expect(stack.resources.map(logicalName).sort()).toEqual(
    [...expected, `${TYPES.membership}::github-member-dana-codes`].sort(),
  );
});
