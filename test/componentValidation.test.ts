import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, test } from "vitest";
import type { ContractorEngagement as ContractorEngagementClass } from "../packages/contractor-access/src/component/ContractorEngagement";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { type MockEngine, startMockEngine } from "../packages/contractor-access/src/preview/mockEngine";
import {
  ENGAGEMENT_INPUT,
  IDENTITY_CENTER_SETTINGS_INPUT,
  SETTINGS_INPUT,
} from "../packages/contractor-access/src/testing/fixtures";
import { TYPES } from "./support/types";

// The component validates before it registers: an invalid engagement must
// leave no trace in the stack, not a half-declared identity whose removal
// nobody owns.

const NOW = new Date("2026-11-25T00:00:00Z");
let engine: MockEngine;
let ContractorEngagement: typeof ContractorEngagementClass;

beforeAll(async () => {
  engine = await startMockEngine({ project: "contractor-access", stack: "test" });
  ({ ContractorEngagement } = await import("../packages/contractor-access/src/component/ContractorEngagement"));
});

/** The error `construct` throws; fails the test when it throws nothing. */
function thrownBy(construct: () => unknown): Error {
  try {
    construct();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the component to refuse the engagement, but it was constructed");
}

test("an engagement with two problems is refused with one ResourceError that lists both", async () => {
  const engagement: EngagementInput = {
    ...structuredClone(ENGAGEMENT_INPUT),
    owner: { name: "Olga Outsider", email: "olga@elsewhere.example" },
    lanes: { code: { repositories: [{ name: "storefront", permission: "admin" }] } },
  };
  const error = thrownBy(
    () => new ContractorEngagement("two-problems", { engagement, settings: SETTINGS_INPUT, now: NOW }),
  );
  expect(error).toBeInstanceOf(pulumi.ResourceError);
  expect(error.message).toBe(
    [
      "Invalid engagement:",
      'engagement "two-problems": owner.email: olga@elsewhere.example is not in an internal domain (acme.example); the owner must be an employee accountable for scope, approval and offboarding',
      'engagement "two-problems": lanes.code.repositories[0].permission: repository storefront asks for permission "admin", which lets the contractor change repository settings and branch protections; use "pull" (read-only, the default), "triage" or "push"',
    ].join("\n"),
  );
  await engine.settle();
  expect(engine.resources).toEqual([]);
});

test("a code lane without the person's organization membership is refused", async () => {
  const error = thrownBy(
    () =>
      new ContractorEngagement("no-membership", { engagement: ENGAGEMENT_INPUT, settings: SETTINGS_INPUT, now: NOW }),
  );
  expect(error).toBeInstanceOf(pulumi.ResourceError);
  expect(error.message).toBe(
    'engagement "no-membership" has a code lane but no organizationMembership; declare the person\'s github.Membership in the stack and pass it, so that revocation removes the person from the organization',
  );
  await engine.settle();
  expect(engine.resources).toEqual([]);
});

test("invalid stack settings are refused before anything is declared", async () => {
  const error = thrownBy(
    () =>
      new ContractorEngagement("bad-settings", {
        engagement: ENGAGEMENT_INPUT,
        settings: { ...SETTINGS_INPUT, internalDomains: [] },
        now: NOW,
      }),
  );
  expect(error).toBeInstanceOf(pulumi.ResourceError);
  expect(error.message).toBe(
    'Invalid stack settings for engagement "bad-settings":\nsettings.internalDomains: list at least one internal email domain',
  );
  await engine.settle();
  expect(engine.resources).toEqual([]);
});

// Engagement problems name fields as formatFieldPath does (`repositories[0]`), and so does the
// stack config loader; the component's settings problems should read the same way.
test("every settings problem is listed, each naming its field the way people write it", async () => {
  const error = thrownBy(
    () =>
      new ContractorEngagement("bad-fields", {
        engagement: ENGAGEMENT_INPUT,
        settings: { ...SETTINGS_INPUT, internalDomains: ["ACME.example"], timezone: "Mars/Base" },
        now: NOW,
      }),
  );
  expect(error).toBeInstanceOf(pulumi.ResourceError);
  expect(error.message).toBe(
    [
      'Invalid stack settings for engagement "bad-fields":',
      "settings.internalDomains[0]: must be a lowercase email domain such as acme.example",
      "settings.timezone: must be an IANA timezone such as UTC or Europe/Berlin",
    ].join("\n"),
  );
  await engine.settle();
  expect(engine.resources).toEqual([]);
});

// The control: the same engine does record a valid engagement, so the empty recordings above mean something.
test("a valid engagement is declared and recorded by the same engine", async () => {
  const engagement: EngagementInput = {
    ...structuredClone(ENGAGEMENT_INPUT),
    lanes: { data: { datasets: ["masked-orders"] } },
  };
  new ContractorEngagement("valid", { engagement, settings: SETTINGS_INPUT, now: NOW });
  await engine.settle();
  expect(engine.resources.map((resource) => `${resource.type}::${resource.name}`).sort()).toEqual(
    [
      `${TYPES.engagement}::valid`,
      `${TYPES.policy}::valid-boundary`,
      `${TYPES.user}::valid`,
      `${TYPES.policy}::valid-access-1`,
      `${TYPES.userPolicyAttachment}::valid-access-1`,
      `${TYPES.loginProfile}::valid-console`,
      `${TYPES.accessKey}::valid-key-2026-11-24`,
    ].sort(),
  );
});

describe("under identity: identity-center, bad input is refused naming the key, and nothing is declared", () => {
  const dataOnly: EngagementInput = {
    ...structuredClone(ENGAGEMENT_INPUT),
    lanes: { data: { datasets: ["masked-orders"] } },
    sharedSecrets: [],
    aws: { console: true },
  };

  test("identityCenter missing", async () => {
    await engine.settle();
    const before = engine.resources.length;
    const error = thrownBy(
      () =>
        new ContractorEngagement("no-instance", {
          engagement: dataOnly,
          settings: { ...SETTINGS_INPUT, identity: "identity-center" },
          now: NOW,
        }),
    );
    expect(error.message).toBe(
      'Invalid stack settings for engagement "no-instance":\nsettings.identityCenter: is required with identity: identity-center; set instanceArn, identityStoreId and accountId (IAM Identity Center, Settings)',
    );
    await engine.settle();
    expect(engine.resources.length).toBe(before);
  });

  test("access keys asked for", async () => {
    await engine.settle();
    const before = engine.resources.length;
    const error = thrownBy(
      () =>
        new ContractorEngagement("keys", {
          engagement: { ...dataOnly, aws: { accessKeys: true } },
          settings: { ...SETTINGS_INPUT, ...IDENTITY_CENTER_SETTINGS_INPUT },
          identityCenterUserId: "9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678",
          now: NOW,
        }),
    );
    expect(error.message).toBe(
      'Invalid engagement:\nengagement "keys": aws.accessKeys: aws.accessKeys is true, but the stack uses identity: identity-center, which issues only short-lived sessions and no long-term keys; remove aws.accessKeys (the contractor gets CLI credentials with aws configure sso)',
    );
    await engine.settle();
    expect(engine.resources.length).toBe(before);
  });

  test("no Identity Store user to assign to", async () => {
    await engine.settle();
    const before = engine.resources.length;
    const error = thrownBy(
      () =>
        new ContractorEngagement("nobody", {
          engagement: dataOnly,
          settings: { ...SETTINGS_INPUT, ...IDENTITY_CENTER_SETTINGS_INPUT },
          now: NOW,
        }),
    );
    expect(error.message).toBe(
      'engagement "nobody" uses Identity Center but has no identityCenterUserId; declare the person\'s aws.identitystore.User in the stack and pass its userId, or set contractor.identityCenterUserId to adopt an existing user',
    );
    await engine.settle();
    expect(engine.resources.length).toBe(before);
  });
});
