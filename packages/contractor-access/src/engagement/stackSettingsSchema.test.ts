import { describe, expect, test } from "vitest";
import { DEFAULT_PRODUCTION_ACCESS, stackSettingsSchema } from "./stackSettingsSchema";

test("defaults: UTC, 90 days, 8 hours, 14 days on call, 90-day key rotation, 30-day reviews, 3 days of grace, just-in-time, 5 days notice, 24 hours to enrol MFA, default IAM quotas, empty catalogs", () => {
  expect(stackSettingsSchema.parse({ githubOrg: "acme", internalDomains: ["acme.example"] })).toEqual({
    githubOrg: "acme",
    internalDomains: ["acme.example"],
    timezone: "UTC",
    maxEngagementDays: 90,
    maxProductionHours: 8,
    maxOnCallDays: 14,
    maxKeyRotationDays: 90,
    reviewIntervalDays: 30,
    reviewGraceDays: 3,
    upcomingLeadDays: 0,
    noticeDays: 5,
    mfaEnrollmentHours: 24,
    iamQuotas: { roleTrustPolicyCharacters: 2048, managedPoliciesPerUser: 10, managedPoliciesPerRole: 10 },
    datasets: {},
    sharedSecrets: {},
    production: DEFAULT_PRODUCTION_ACCESS,
  });
});

test.each([["s3:GetObject"], ["dynamodb:*"], ["*"], ["secretsmanager:Get*"]])(
  "production read access may not include the data read %s",
  (action) => {
    const result = stackSettingsSchema.safeParse({
      githubOrg: "acme",
      internalDomains: ["acme.example"],
      production: { read: { actions: [action] }, operate: { actions: ["ecs:StopTask"] } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["production", "read", "actions", 0]);
  },
);

test("the default production read access reads no data", () => {
  expect(stackSettingsSchema.shape.production.parse(undefined)).toEqual(DEFAULT_PRODUCTION_ACCESS);
});

test("a catalog KMS key must be a key ARN: a grant on an alias would never allow a decryption", () => {
  const result = stackSettingsSchema.safeParse({
    githubOrg: "acme",
    internalDomains: ["acme.example"],
    sharedSecrets: {
      stripe: {
        arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-AbCdEf",
        kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:alias/payments",
      },
    },
  });
  expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
    [
      "sharedSecrets.stripe.kmsKeyArn",
      "must be a KMS key ARN such as arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias)",
    ],
  ]);
});

describe("alerts: an SNS topic of yours, or one the stack creates for the owners", () => {
  const parse = (alerts: unknown) =>
    stackSettingsSchema.safeParse({ githubOrg: "acme", internalDomains: ["acme.example"], alerts });

  test.each([
    [{ topicArn: "arn:aws:sns:eu-west-1:123456789012:contractor-alerts" }],
    [{ topicArn: "arn:aws-us-gov:sns:us-gov-west-1:123456789012:alerts.fifo" }],
    [{ emailOwners: true }],
  ])("%j is accepted", (alerts) => {
    expect(parse(alerts).data?.alerts).toStrictEqual(alerts);
  });

  test.each([
    ["an S3 ARN", { topicArn: "arn:aws:s3:::contractor-alerts" }, ["alerts", "topicArn"]],
    ["a topic name", { topicArn: "contractor-alerts" }, ["alerts", "topicArn"]],
    ["an SQS queue", { topicArn: "arn:aws:sqs:eu-west-1:123456789012:alerts" }, ["alerts", "topicArn"]],
  ])("%s is refused, naming the field", (_what, alerts, path) => {
    const issues = parse(alerts).error?.issues;
    expect(issues?.map((issue) => [issue.path, issue.message])).toStrictEqual([
      [path, "must be an SNS topic ARN such as arn:aws:sns:eu-west-1:123456789012:contractor-alerts"],
    ]);
  });

  test.each([
    ["neither", {}],
    ["both", { topicArn: "arn:aws:sns:eu-west-1:123456789012:contractor-alerts", emailOwners: true }],
  ])("%s of topicArn and emailOwners is refused with one sentence", (_what, alerts) => {
    expect(parse(alerts).error?.issues.map((issue) => [issue.path, issue.message])).toStrictEqual([
      [
        ["alerts"],
        "set exactly one of topicArn (an SNS topic of yours, whose policy lets events.amazonaws.com publish) and emailOwners: true (a topic the stack creates, with the owners' email subscriptions)",
      ],
    ]);
  });
});
