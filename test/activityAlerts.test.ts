import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { stackSettingsSchema } from "../packages/contractor-access/src/engagement/stackSettingsSchema";
import type { StackSettingsInput } from "../packages/contractor-access/src/engagement/stackSettingsTypes";
import { activityEventPattern } from "../packages/contractor-access/src/lanes/activityEventPattern";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT, validatedWith } from "../packages/contractor-access/src/testing/fixtures";
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
