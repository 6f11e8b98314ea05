import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { stackSettingsSchema } from "../packages/contractor-access/src/engagement/stackSettingsSchema";
import { startMockEngine } from "../packages/contractor-access/src/preview/mockEngine";
import {
  ENGAGEMENT_INPUT,
  IDENTITY_CENTER_SETTINGS_INPUT,
  SETTINGS_INPUT,
} from "../packages/contractor-access/src/testing/fixtures";
import { validateEngagements } from "../packages/contractor-access/src/validation/validateEngagements";
import { type IamPolicy, simulate } from "./support/iamSimulator";
import { policyOf, type Recorder, recorder } from "./support/recorder";
import { IDENTITY_CENTER_TYPES as IC, TYPES } from "./support/types";

// The Identity Center backend, declared by the real stack code under the mock
// engine: no IAM user, no key, no password; per engagement a permission set
// with the same grants and window Deny, assigned to one Identity Store user
// per person; production as its own one-hour permission set, only while its
// window is open.

const INSTANCE = "arn:aws:sso:::instance/ssoins-1234567890abcdef";
const ACCOUNT = "123456789012";
const LENA_USER_ID = "9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678";

const settings = stackSettingsSchema.parse({ ...SETTINGS_INPUT, ...IDENTITY_CENTER_SETTINGS_INPUT });

// Dana: checkout (every lane; production 2026-11-27 14:00-16:00Z) and payments (code and a secret).
const checkout: EngagementInput = { ...structuredClone(ENGAGEMENT_INPUT), aws: { console: true } };
const payments: EngagementInput = {
  ...structuredClone(ENGAGEMENT_INPUT),
  id: "payments-2026-12",
  window: { start: "2026-11-26", end: "2026-12-10" },
  lanes: { code: { repositories: [{ name: "payments-api", permission: "pull" }] } },
  sharedSecrets: ["stripe-test-key"],
  aws: {},
};
// Lena: data only, with a user synced from the company's directory, which the stack adopts.
const audit: EngagementInput = {
  ...structuredClone(ENGAGEMENT_INPUT),
  id: "ledger-audit-2026",
  contractor: { name: "Lena Vogt", email: "lena@audit.example", identityCenterUserId: LENA_USER_ID },
  window: { start: "2026-11-25", end: "2026-12-20" },
  // Its first-week review, so that it stays active to its end.
  reviews: [{ date: "2026-11-30", by: "priya@acme.example", decision: "keep" }],
  lanes: { data: { datasets: ["masked-orders"] } },
  sharedSecrets: [],
  aws: {},
};

async function declareAt(now: string, engagements: readonly EngagementInput[] = [checkout, payments, audit]) {
  const engine = await startMockEngine({ project: "contractor-access", stack: "test" });
  const { declareContractorAccess } = await import("../packages/contractor-access/src/stack/declareContractorAccess");
  const sources = engagements.map((content) => ({ file: `${content.id}.yaml`, content }));
  const validation = validateEngagements(sources, settings, { now: new Date("2026-12-31T00:00:00Z") });
  expect(validation.errors).toStrictEqual([]);
  const stack = declareContractorAccess({ settings, engagements: validation.engagements, now: new Date(now) });
  await engine.settle();
  return { stack, resources: recorder(engine) };
}

// Sorted: registrations wait for their inputs, so their order is not the program's.
const names = (recorded: Recorder, type: string) =>
  recorded
    .ofType(type)
    .map((resource) => resource.name)
    .sort();

describe("an Identity Center stack declares no IAM user and no long-term credential", () => {
  test("while production is open: permission sets and assignments only, inside each engagement", async () => {
    const { resources } = await declareAt("2026-11-27T15:00:00Z");
    for (const type of [TYPES.user, TYPES.accessKey, TYPES.loginProfile, TYPES.role, TYPES.userPolicyAttachment]) {
      expect(names(resources, type), type).toStrictEqual([]);
    }
    expect(names(resources, IC.permissionSet)).toStrictEqual([
      "checkout-fix-2026-11",
      "checkout-fix-2026-11-production",
      "ledger-audit-2026",
      "payments-2026-12",
    ]);
    expect(names(resources, IC.assignment)).toStrictEqual(names(resources, IC.permissionSet));
    // Revocation is removing the component: only person- and repository-level resources live outside one.
    const inside = new Set(
      resources.ofType(TYPES.engagement).flatMap((component) => [component, ...resources.descendantsOf(component.urn)]),
    );
    const outside = resources.resources.filter((resource) => !inside.has(resource));
    expect(
      outside
        .filter((resource) => resource.type !== TYPES.sharedSecretRotation && !resource.parent)
        .map((resource) => `${resource.type}::${resource.name}`)
        .sort(),
    ).toStrictEqual([
      `${IC.user}::identity-center-user-dana@freelance.example`,
      `${TYPES.membership}::github-member-dana-codes`,
      `${TYPES.ruleset}::github-ruleset-storefront`,
    ]);
  });

  test("the engagement's permission set: its name, a 4-hour session, tags, and the same grants and window Deny with no MFA statement", async () => {
    const { resources } = await declareAt("2026-11-27T15:00:00Z");
    const set = resources.find(IC.permissionSet, "checkout-fix-2026-11");
    expect(set.inputs).toStrictEqual({
      instanceArn: INSTANCE,
      name: "contractor-checkout-fix-2026-11",
      description: "Contractor engagement checkout-fix-2026-11: Fix the payment step that fails on some mobile devices",
      sessionDuration: "PT4H",
      tags: expect.objectContaining({ "contractor-access:engagement": "checkout-fix-2026-11" }),
    });
    const policy = policyOf(resources.find(IC.inlinePolicy, "checkout-fix-2026-11"), "inlinePolicy");
    expect(policy.Statement.map((statement) => statement.Sid)).toStrictEqual([
      "EngagementDenyBeforeStart",
      "EngagementDenyAfterEnd",
      "Dataset1List",
      "Dataset1Read",
      "SharedSecret1Read",
    ]);
    expect(JSON.stringify(policy)).not.toMatch(/MultiFactorAuth|iam:|sts:/);
  });

  test("the boundary is a managed policy in the account, referenced by name and path, and the set is assigned to the person there", async () => {
    const { resources } = await declareAt("2026-11-27T15:00:00Z");
    const boundary = resources.find(TYPES.policy, "checkout-fix-2026-11-boundary");
    expect(boundary.inputs).toMatchObject({ name: "contractor-checkout-fix-2026-11-boundary", path: "/contractors/" });
    const setArn = `arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/`;
    expect(resources.find(IC.boundaryAttachment, "checkout-fix-2026-11").inputs).toStrictEqual({
      instanceArn: INSTANCE,
      permissionSetArn: expect.stringContaining(setArn),
      permissionsBoundary: {
        customerManagedPolicyReference: { name: "contractor-checkout-fix-2026-11-boundary", path: "/contractors/" },
      },
    });
    const dana = resources.find(IC.user, "identity-center-user-dana@freelance.example");
    const assignment = resources.find(IC.assignment, "checkout-fix-2026-11");
    expect(assignment.inputs).toStrictEqual({
      instanceArn: INSTANCE,
      permissionSetArn: expect.stringContaining(setArn),
      principalId: expect.stringMatching(/^[0-9a-f]{10}-[0-9a-f]{8}-/),
      principalType: "USER",
      targetId: ACCOUNT,
      targetType: "AWS_ACCOUNT",
    });
    // Assigned only once the set's policy and boundary are in place; removed before them and before the user.
    expect(assignment.options.dependencies).toEqual(
      expect.arrayContaining([
        dana.urn,
        resources.find(IC.inlinePolicy, "checkout-fix-2026-11").urn,
        resources.find(IC.boundaryAttachment, "checkout-fix-2026-11").urn,
      ]),
    );
  });
});

describe("one Identity Store user per person, at stack level", () => {
  test("Dana's two engagements share one user; Lena's synced user is adopted, not created", async () => {
    const { resources } = await declareAt("2026-11-27T15:00:00Z");
    const users = resources.ofType(IC.user);
    expect(users.map((user) => [user.name, user.parent])).toStrictEqual([
      ["identity-center-user-dana@freelance.example", ""],
    ]);
    expect(users[0]?.inputs).toStrictEqual({
      identityStoreId: "d-1234567890",
      userName: "dana@freelance.example",
      displayName: "Dana Kim",
      name: { givenName: "Dana", familyName: "Kim" },
      emails: { value: "dana@freelance.example", primary: true, type: "work" },
    });
    const principal = (name: string) => resources.find(IC.assignment, name).inputs.principalId;
    expect(principal("checkout-fix-2026-11")).toBe(principal("payments-2026-12"));
    expect(principal("ledger-audit-2026")).toBe(LENA_USER_ID);
  });

  test("ending one of Dana's engagements keeps her user; ending the last removes it; an adopted user is never removed by the stack", async () => {
    const oneLeft = (await declareAt("2026-11-29T00:00:00Z")).resources;
    expect(names(oneLeft, IC.user)).toStrictEqual(["identity-center-user-dana@freelance.example"]);
    expect(names(oneLeft, IC.permissionSet)).toStrictEqual(["ledger-audit-2026", "payments-2026-12"]);
    const onlyLena = (await declareAt("2026-12-11T00:00:00Z")).resources;
    expect(names(onlyLena, IC.user)).toStrictEqual([]);
    expect(names(onlyLena, IC.assignment)).toStrictEqual(["ledger-audit-2026"]);
  });

  test("a code-only engagement reaches no AWS: no user, no permission set", async () => {
    const docs: EngagementInput = {
      ...structuredClone(ENGAGEMENT_INPUT),
      id: "docs-2026-11",
      contractor: { name: "Sam Ode", email: "sam@docs.example", github: "sam-ode" },
      lanes: { code: { repositories: [{ name: "developer-docs", permission: "push" }] } },
      sharedSecrets: [],
      aws: {},
    };
    const { resources } = await declareAt("2026-11-25T12:00:00Z", [docs]);
    expect(names(resources, IC.user)).toStrictEqual([]);
    expect(names(resources, IC.permissionSet)).toStrictEqual([]);
    expect(names(resources, TYPES.team)).toStrictEqual(["docs-2026-11-team"]);
  });
});

describe("production is its own one-hour permission set, declared and assigned only inside its window", () => {
  test.each([
    ["2026-11-27T13:59:59Z", false],
    ["2026-11-27T14:00:00Z", true],
    ["2026-11-27T16:00:00Z", true],
    ["2026-11-27T16:00:01Z", false],
  ])("at %s: declared %s", async (now, declared) => {
    const { resources } = await declareAt(now, [checkout]);
    const production = resources
      .ofType(IC.permissionSet)
      .filter((resource) => resource.name === "checkout-fix-2026-11-production");
    expect(production.length).toBe(declared ? 1 : 0);
    expect(names(resources, IC.assignment).includes("checkout-fix-2026-11-production")).toBe(declared);
  });

  test("sessions last one hour, its inline policy denies outside the production window, and its boundary caps it with no MFA Deny", async () => {
    const { resources } = await declareAt("2026-11-27T15:00:00Z", [checkout]);
    expect(resources.find(IC.permissionSet, "checkout-fix-2026-11-production").inputs).toMatchObject({
      name: "contractor-checkout.1d3cf9.prod",
      sessionDuration: "PT1H",
    });
    const inline = policyOf(resources.find(IC.inlinePolicy, "checkout-fix-2026-11-production"), "inlinePolicy");
    expect(inline.Statement.slice(0, 2)).toStrictEqual([
      {
        Sid: "ProductionDenyBeforeStart",
        Effect: "Deny",
        Action: "*",
        Resource: "*",
        Condition: { DateLessThan: { "aws:CurrentTime": "2026-11-27T14:00:00Z" } },
      },
      {
        Sid: "ProductionDenyAfterEnd",
        Effect: "Deny",
        Action: "*",
        Resource: "*",
        Condition: { DateGreaterThan: { "aws:CurrentTime": "2026-11-27T16:00:00Z" } },
      },
    ]);
    const boundary = policyOf(resources.find(TYPES.policy, "checkout-fix-2026-11-production-boundary"));
    expect(boundary.Statement.map((statement) => statement.Sid)).toStrictEqual([
      "ProductionDenyBeforeStart",
      "ProductionDenyAfterEnd",
      "DenyIdentityAndAccountChanges",
      "AllowProductionActions",
    ]);
  });
});

// An Identity Center session is a role session in the account whose policy is
// the set's inline policy, capped by the boundary. Its requests carry no
// aws:MultiFactorAuthPresent (MFA happened at sign-in), so that is how they are simulated.
describe("IAM simulation of the permission sets", () => {
  const OBJECT = "arn:aws:s3:::acme-analytics/masked/orders/2026/file.csv";
  const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/AWSReservedSSO_contractor-checkout-fix-2026-11_0123456789abcdef/dana@freelance.example`;
  const LOGS = `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:checkout:log-stream:web-1`;

  async function policies(now = "2026-11-27T15:00:00Z") {
    const { resources } = await declareAt(now, [checkout]);
    const parse = (type: string, name: string, input: string) =>
      JSON.parse(String(resources.find(type, name).inputs[input])) as IamPolicy;
    return {
      inline: parse(IC.inlinePolicy, "checkout-fix-2026-11", "inlinePolicy"),
      boundary: parse(TYPES.policy, "checkout-fix-2026-11-boundary", "policy"),
      production: parse(IC.inlinePolicy, "checkout-fix-2026-11-production", "inlinePolicy"),
      productionBoundary: parse(TYPES.policy, "checkout-fix-2026-11-production-boundary", "policy"),
    };
  }

  test.each([
    ["2026-11-23T23:59:59Z", "ExplicitlyDenied"],
    ["2026-11-24T00:00:00Z", "Allowed"],
    ["2026-11-28T23:59:59Z", "Allowed"],
    ["2026-11-29T00:00:00Z", "ExplicitlyDenied"],
  ])("reading the dataset at %s: %s", async (time, expected) => {
    const { inline, boundary } = await policies();
    const result = await simulate({
      principal: SESSION,
      action: "s3:GetObject",
      resource: OBJECT,
      context: { "aws:CurrentTime": time },
      identityPolicies: [inline],
      permissionBoundaries: [boundary],
    });
    expect(result).toBe(expected);
  });

  test.each([
    ["2026-11-27T13:59:59Z", "ExplicitlyDenied"],
    ["2026-11-27T14:00:00Z", "Allowed"],
    ["2026-11-27T16:00:00Z", "Allowed"],
    ["2026-11-27T16:00:01Z", "ExplicitlyDenied"],
  ])("a production session reading logs at %s: %s", async (time, expected) => {
    const { production, productionBoundary } = await policies();
    const result = await simulate({
      principal: SESSION,
      action: "logs:GetLogEvents",
      resource: LOGS,
      context: { "aws:CurrentTime": time },
      identityPolicies: [production],
      permissionBoundaries: [productionBoundary],
    });
    expect(result).toBe(expected);
  });

  test("a production session can change no identity, inside the window", async () => {
    const { production, productionBoundary } = await policies();
    const escalation = {
      ...production,
      Statement: [...production.Statement, { Effect: "Allow", Action: "*", Resource: "*" }],
    };
    const result = await simulate({
      principal: SESSION,
      action: "iam:CreateAccessKey",
      resource: `arn:aws:iam::${ACCOUNT}:user/anyone`,
      context: { "aws:CurrentTime": "2026-11-27T15:00:00Z" },
      identityPolicies: [escalation as IamPolicy],
      permissionBoundaries: [productionBoundary],
    });
    expect(result).toBe("ExplicitlyDenied");
  });

  test("the MFA Deny of the IAM-user boundary would refuse every Identity Center session, which is why it is left out", async () => {
    const { production, productionBoundary } = await policies();
    const withMfaDeny: IamPolicy = {
      ...productionBoundary,
      Statement: [
        ...productionBoundary.Statement,
        {
          Sid: "DenyAllIfNoMFA",
          Effect: "Deny",
          Action: "*",
          Resource: "*",
          Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
        },
      ],
    };
    const request = {
      principal: SESSION,
      action: "logs:GetLogEvents",
      resource: LOGS,
      context: { "aws:CurrentTime": "2026-11-27T15:00:00Z" },
      identityPolicies: [production],
    } as const;
    expect(await simulate({ ...request, permissionBoundaries: [productionBoundary] })).toBe("Allowed");
    expect(await simulate({ ...request, permissionBoundaries: [withMfaDeny] })).toBe("ExplicitlyDenied");
  });
});

describe("Identity Center administered from another account", () => {
  test("with identityCenterProvider, the identity store user and every ssoadmin resource use it; the boundaries stay in the stack's account", async () => {
    const engine = await startMockEngine({ project: "contractor-access", stack: "test" });
    const aws = await import("@pulumi/aws");
    const { declareContractorAccess } = await import("../packages/contractor-access/src/stack/declareContractorAccess");
    const validation = validateEngagements([{ file: "checkout.yaml", content: checkout }], settings, {
      now: new Date("2026-11-25T00:00:00Z"),
    });
    const provider = new aws.Provider("identity-center", { region: "eu-west-1" });
    declareContractorAccess({
      settings,
      engagements: validation.engagements,
      now: new Date("2026-11-27T15:00:00Z"),
      identityCenterProvider: provider,
    });
    await engine.settle();
    const resources = recorder(engine);
    const providerUrn = resources.find("pulumi:providers:aws", "identity-center").urn;
    // A provider reference is "<urn>::<id>", and URNs hold "::" themselves.
    const providerUrnOf = (reference: string) => reference.slice(0, Math.max(0, reference.lastIndexOf("::")));
    const uses = (type: string) =>
      resources.ofType(type).map((resource) => [resource.name, providerUrnOf(resource.options.provider)]);
    for (const type of [IC.user, IC.permissionSet, IC.inlinePolicy, IC.boundaryAttachment, IC.assignment]) {
      expect(uses(type).length, type).toBeGreaterThan(0);
      for (const [name, used] of uses(type)) expect(used, `${type} ${name}`).toBe(providerUrn);
    }
    for (const [name, used] of uses(TYPES.policy)) expect(used, name).toBe("");
  });
});

describe("revocation under Identity Center: sessions already issued stop at the second, and the next run removes the sets", () => {
  const revoked: EngagementInput = {
    ...checkout,
    revoked: { at: "2026-11-26T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" },
  };

  test("before the next run: the inline policy and the boundary already deny from the revocation on", async () => {
    const { resources } = await declareAt("2026-11-26T10:00:00Z", [revoked]);
    const inline = JSON.parse(String(resources.find(IC.inlinePolicy, "checkout-fix-2026-11").inputs.inlinePolicy));
    const boundary = JSON.parse(String(resources.find(TYPES.policy, "checkout-fix-2026-11-boundary").inputs.policy));
    const read = (time: string) =>
      simulate({
        principal: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSReservedSSO_contractor-checkout-fix-2026-11_0123456789abcdef/dana@freelance.example`,
        action: "s3:GetObject",
        resource: "arn:aws:s3:::acme-analytics/masked/orders/2026/file.csv",
        context: { "aws:CurrentTime": time },
        identityPolicies: [inline],
        permissionBoundaries: [boundary],
      });
    expect(await read("2026-11-26T10:30:00Z")).toBe("Allowed");
    expect(await read("2026-11-26T10:30:01Z")).toBe("ExplicitlyDenied");
  });

  test("after it: no permission set and no assignment; the person's user goes with the last engagement", async () => {
    const { resources } = await declareAt("2026-11-26T11:00:00Z", [revoked]);
    expect(names(resources, IC.permissionSet)).toStrictEqual([]);
    expect(names(resources, IC.assignment)).toStrictEqual([]);
    expect(names(resources, IC.user)).toStrictEqual([]);
  });
});
