import { describe, expect, test } from "vitest";
import { DEFAULT_PRODUCTION_ACCESS, stackSettingsSchema } from "./stackSettingsSchema";

test("defaults: UTC, 90 days, 8 hours, 14 days on call, 90-day key rotation, 30-day reviews, 3 days of grace, just-in-time, 5 days notice, 24 hours to enrol MFA, default IAM quotas, empty catalogs, IAM users", () => {
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
    identity: "iam-user",
  });
});

describe("identity: identity-center needs its instance, store and account", () => {
  const base = { githubOrg: "acme", internalDomains: ["acme.example"] };
  const center = {
    instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef",
    identityStoreId: "d-1234567890",
    accountId: "123456789012",
  };
  const problems = (input: object) => {
    const result = stackSettingsSchema.safeParse({ ...base, ...input });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  test("accepted with all three; sessions default to 4 hours", () => {
    expect(stackSettingsSchema.parse({ ...base, identity: "identity-center", identityCenter: center })).toMatchObject({
      identity: "identity-center",
      identityCenter: { ...center, sessionHours: 4 },
    });
  });

  test("missing under identity-center: refused, naming the key and what to set", () => {
    expect(problems({ identity: "identity-center" })).toStrictEqual([
      "identityCenter: is required with identity: identity-center; set instanceArn, identityStoreId and accountId (IAM Identity Center, Settings)",
    ]);
  });

  test("set under iam-user: refused rather than ignored", () => {
    expect(problems({ identityCenter: center })).toStrictEqual([
      "identityCenter: is set but identity is iam-user, so it would be ignored; set identity: identity-center to use it, or remove it",
    ]);
  });

  test("malformed: every field named at once", () => {
    expect(
      problems({
        identity: "identity-center",
        identityCenter: { instanceArn: "ssoins-1", identityStoreId: "store", accountId: "12345", sessionHours: 13 },
      }),
    ).toStrictEqual([
      "identityCenter.instanceArn: must be an Identity Center instance ARN such as arn:aws:sso:::instance/ssoins-1234567890abcdef (IAM Identity Center, Settings)",
      "identityCenter.identityStoreId: must be an identity store id such as d-1234567890 (IAM Identity Center, Settings)",
      "identityCenter.accountId: must be the 12-digit id of the AWS account contractors work in",
      "identityCenter.sessionHours: Too big: expected number to be <=12",
    ]);
  });

  test("an unknown backend is refused", () => {
    expect(problems({ identity: "sso" })).toHaveLength(1);
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
