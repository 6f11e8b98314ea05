import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { stackSettingsSchema } from "../packages/contractor-access/src/engagement/stackSettingsSchema";
import type { StackSettingsInput } from "../packages/contractor-access/src/engagement/stackSettingsTypes";
import { activityEventPattern } from "../packages/contractor-access/src/lanes/activityEventPattern";
import {
  ENGAGEMENT_INPUT,
  IDENTITY_CENTER_SETTINGS_INPUT,
  SETTINGS_INPUT,
  validatedWith,
} from "../packages/contractor-access/src/testing/fixtures";
import { declareStackAt, namesOf } from "./support/declareStack";
import { TYPES } from "./support/types";

// One stack per test: each declares under a fresh mock engine (the runtime is per process, so tests run in order).
const AT = "2026-11-25T10:00:00Z";
const CODE_ONLY: EngagementInput = {
  ...ENGAGEMENT_INPUT,
  id: "docs-review-2026-11",
  owner: { name: "Sam Lee", email: "sam@acme.example" },
  contractor: { name: "Lee Park", email: "lee@docs.example", github: "lee-docs" },
  lanes: { code: { repositories: [{ name: "docs", permission: "pull" }] } },
  sharedSecrets: [],
  aws: { console: false, accessKeys: false },
};
const SECOND: EngagementInput = {
  ...ENGAGEMENT_INPUT,
  id: "ledger-audit-2026-11",
  contractor: { name: "Ann Roe", email: "ann@audit.example" },
  lanes: { data: { datasets: ["masked-orders"] } },
  sharedSecrets: [],
};
const settingsWith = (alerts: StackSettingsInput["alerts"]) => stackSettingsSchema.parse({ ...SETTINGS_INPUT, alerts });

describe("activity alerts with emailOwners: one stack topic, one rule per engagement that can act in AWS", () => {
  test("rules and targets are children of their components; the topic, its policy and one subscription per owner are the stack's", async () => {
    const { resources } = await declareStackAt(
      [ENGAGEMENT_INPUT, SECOND, CODE_ONLY],
      settingsWith({ emailOwners: true }),
      AT,
    );
    expect(namesOf(resources, TYPES.eventRule)).toStrictEqual([
      "checkout-fix-2026-11-activity",
      "ledger-audit-2026-11-activity",
    ]);
    for (const id of ["checkout-fix-2026-11", "ledger-audit-2026-11"]) {
      const component = resources.find(TYPES.engagement, id);
      const children = resources.descendantsOf(component.urn).map((child) => `${child.type} ${child.name}`);
      expect(children).toContain(`${TYPES.eventRule} ${id}-activity`);
      expect(children).toContain(`${TYPES.eventTarget} ${id}-activity`);
    }
    const rule = resources.find(TYPES.eventRule, "checkout-fix-2026-11-activity");
    expect(rule.inputs.name).toBe("contractor-checkout-fix-2026-11-activity");
    expect(JSON.parse(String(rule.inputs.eventPattern))).toStrictEqual(
      activityEventPattern(validatedWith("checkout-fix-2026-11").plan),
    );
    const topicArn = "arn:aws:sns:eu-west-1:123456789012:contractor-access-alerts";
    expect(resources.find(TYPES.eventTarget, "checkout-fix-2026-11-activity").inputs).toMatchObject({
      rule: "contractor-checkout-fix-2026-11-activity",
      arn: topicArn,
    });
    expect(resources.find(TYPES.topic, "contractor-access-alerts").parent).toBe("");
    // One owner with two engagements: one subscription.
    expect(
      resources.ofType(TYPES.topicSubscription).map(({ name, inputs }) => [name, inputs.protocol, inputs.endpoint]),
    ).toStrictEqual([["contractor-access-alerts-priya@acme.example", "email", "priya@acme.example"]]);
    expect(
      JSON.parse(String(resources.find(TYPES.topicPolicy, "contractor-access-alerts").inputs.policy)),
    ).toStrictEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "EventBridgeRulesOfThisAccountPublish",
          Effect: "Allow",
          Principal: { Service: "events.amazonaws.com" },
          Action: "sns:Publish",
          Resource: topicArn,
          Condition: {
            ArnLike: { "aws:SourceArn": "arn:aws:events:eu-west-1:123456789012:rule/contractor-*" },
            StringEquals: { "aws:SourceAccount": "123456789012" },
          },
        },
      ],
    });
  });
});

describe("activity alerts with a topic of yours, and without alerts", () => {
  test("topicArn: every rule targets it and the stack declares no topic", async () => {
    const topicArn = "arn:aws:sns:eu-west-1:123456789012:security-alerts";
    const { resources } = await declareStackAt([ENGAGEMENT_INPUT, CODE_ONLY], settingsWith({ topicArn }), AT);
    expect(resources.ofType(TYPES.eventTarget).map(({ name, inputs }) => [name, inputs.arn])).toStrictEqual([
      ["checkout-fix-2026-11-activity", topicArn],
    ]);
    expect(resources.ofType(TYPES.topic)).toStrictEqual([]);
  });

  test("no alerts setting: no rule, no topic", async () => {
    const { resources } = await declareStackAt([ENGAGEMENT_INPUT], settingsWith(undefined), AT);
    expect([...resources.ofType(TYPES.eventRule), ...resources.ofType(TYPES.topic)]).toStrictEqual([]);
  });
});

// Under Identity Center the rule watches the sessions of the engagement's
// permission sets in the account they are assigned in (the stack's): refusals
// and production writes. Sign-ins and MFA are logged in Identity Center's own
// account, out of this rule's reach.
describe("activity alerts under Identity Center: one rule per engagement with a permission set", () => {
  const icSettings = stackSettingsSchema.parse({
    ...SETTINGS_INPUT,
    ...IDENTITY_CENTER_SETTINGS_INPUT,
    alerts: { emailOwners: true },
  });
  // No access keys under Identity Center; the portal is the console.
  const checkout: EngagementInput = { ...ENGAGEMENT_INPUT, aws: { console: true } };
  const audit: EngagementInput = { ...SECOND, aws: {} };
  const planOf = (content: EngagementInput) =>
    validatedWith(
      content.id,
      (draft) => {
        Object.assign(draft, structuredClone(content));
      },
      icSettings,
    ).plan;

  test.each([
    ["inside the production window", "2026-11-27T15:00:00Z"],
    ["outside it", AT],
  ])(
    "%s: rules and targets are children of their components, with the sets' pattern; a code-only engagement has none",
    async (_when, now) => {
      const { resources } = await declareStackAt([checkout, audit, CODE_ONLY], icSettings, now);
      expect(resources.ofType(TYPES.user)).toStrictEqual([]);
      expect(namesOf(resources, TYPES.eventRule).sort()).toStrictEqual([
        "checkout-fix-2026-11-activity",
        "ledger-audit-2026-11-activity",
      ]);
      expect(namesOf(resources, TYPES.eventTarget).sort()).toStrictEqual([
        "checkout-fix-2026-11-activity",
        "ledger-audit-2026-11-activity",
      ]);
      for (const id of ["checkout-fix-2026-11", "ledger-audit-2026-11"]) {
        const component = resources.find(TYPES.engagement, id);
        const children = resources.descendantsOf(component.urn).map((child) => `${child.type} ${child.name}`);
        expect(children).toContain(`${TYPES.eventRule} ${id}-activity`);
        expect(children).toContain(`${TYPES.eventTarget} ${id}-activity`);
      }
      const rule = resources.find(TYPES.eventRule, "checkout-fix-2026-11-activity");
      expect(rule.inputs).toMatchObject({
        name: "contractor-checkout-fix-2026-11-activity",
        description:
          "Activity of contractor checkout-fix-2026-11: refusals and production writes of its Identity Center sessions",
      });
      // The production set's sessions are watched whether or not its window is open now: the pattern does not change with it.
      const pattern = JSON.parse(String(rule.inputs.eventPattern));
      expect(pattern).toStrictEqual(activityEventPattern(planOf(checkout)));
      expect(JSON.stringify(pattern)).toContain('{"prefix":"AWSReservedSSO_contractor-checkout.1d3cf9.prod_"}');
      expect(
        JSON.parse(String(resources.find(TYPES.eventRule, "ledger-audit-2026-11-activity").inputs.eventPattern)),
      ).toStrictEqual(activityEventPattern(planOf(audit)));
      expect(resources.find(TYPES.eventTarget, "checkout-fix-2026-11-activity").inputs).toMatchObject({
        rule: "contractor-checkout-fix-2026-11-activity",
        arn: "arn:aws:sns:eu-west-1:123456789012:contractor-access-alerts",
      });
      // The code-only engagement's owner is not subscribed: nothing of theirs can alert.
      expect(resources.ofType(TYPES.topicSubscription).map(({ inputs }) => inputs.endpoint)).toStrictEqual([
        "priya@acme.example",
      ]);
    },
  );
});
