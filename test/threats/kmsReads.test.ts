import type { EvaluationResult } from "@cloud-copilot/iam-simulate";
import { beforeAll, describe, expect, test } from "vitest";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "../support/declareUnderMocks";
import { type EngagementPolicies, engagementPolicies, simulate } from "../support/iamSimulator";

// Threat T9: data and secrets encrypted with a customer-managed KMS key. Without
// kms:Decrypt the grant is useless; with a loose kms:Decrypt the key opens
// everything else it protects. Control: a catalog entry names its kmsKeyArn, and
// the grant allows kms:Decrypt on that key only through S3 or Secrets Manager in
// the key's region, only for the grant's own prefix or secret.

const ACCOUNT = "123456789012";
const USER = "contractor-checkout-fix-2026-11";
const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/contractors/${USER}`;
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf";
const OTHER_SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:payroll-db-XyZ123";
const OBJECT = "arn:aws:s3:::acme-analytics/masked/orders/2026/file.csv";
const LIVE_OBJECT = "arn:aws:s3:::acme-analytics/live/orders/2026/file.csv";
const INSIDE = "2026-11-26T12:00:00Z";
const AFTER_END = "2026-11-29T00:00:00Z";

const SETTINGS = {
  ...SETTINGS_INPUT,
  datasets: {
    ...SETTINGS_INPUT.datasets,
    "masked-orders": {
      classification: "masked" as const,
      bucket: "acme-analytics",
      prefix: "masked/orders/",
      kmsKeyArn: KEY,
    },
  },
  sharedSecrets: { "stripe-test-key": { arn: SECRET, kmsKeyArn: KEY } },
};

let policies: EngagementPolicies;

beforeAll(async () => {
  const recorded = await declareUnderMocks([{ name: "checkout", engagement: ENGAGEMENT_INPUT }], {
    settings: SETTINGS,
    now: new Date("2026-11-20T00:00:00Z"),
  });
  policies = engagementPolicies(recorded, "checkout");
});

function decrypt(time: string, context: Record<string, string>): Promise<EvaluationResult> {
  return simulate({
    principal: USER_ARN,
    action: "kms:Decrypt",
    resource: KEY,
    context: {
      "aws:CurrentTime": time,
      "aws:username": USER,
      "aws:PrincipalArn": USER_ARN,
      "aws:MultiFactorAuthPresent": "true",
      ...context,
    },
    identityPolicies: policies.user,
    permissionBoundaries: [policies.boundary],
  });
}

// @cloud-copilot/iam-simulate drops kms:EncryptionContext:<key> from a request
// (it matches variable condition keys only when they use "/", as in
// aws:RequestTag/<key>), so a condition on the encryption context can never
// match in simulation. The simulator therefore proves the denials; the exact
// statement is asserted below for the context.
const via = (service: string) => ({ "kms:ViaService": service });

describe("T9: kms:Decrypt on a catalog key, only through the service, only for the grant's own data", () => {
  test.each([
    ["the key called directly, not through a service", INSIDE, {}, "ImplicitlyDenied"],
    ["through S3 in another region", INSIDE, via("s3.us-east-1.amazonaws.com"), "ImplicitlyDenied"],
    ["through another service (SQS)", INSIDE, via("sqs.eu-west-1.amazonaws.com"), "ImplicitlyDenied"],
    [
      "through Secrets Manager after the window",
      AFTER_END,
      via("secretsmanager.eu-west-1.amazonaws.com"),
      "ExplicitlyDenied",
    ],
  ] as const)("%s: %s", async (_what, time, context, expected) => {
    expect(await decrypt(time, context)).toBe(expected);
  });

  const statement = (sid: string) =>
    policies.user.flatMap((policy) => policy.Statement).find((candidate) => candidate.Sid === sid);

  test("the dataset's grant: through S3 in the key's region, for objects under its prefix (or its bucket, with bucket keys)", () => {
    expect(statement("Dataset1Decrypt")).toEqual({
      Sid: "Dataset1Decrypt",
      Effect: "Allow",
      Action: "kms:Decrypt",
      Resource: KEY,
      Condition: {
        StringEquals: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" },
        StringLike: {
          "kms:EncryptionContext:aws:s3:arn": [
            "arn:aws:s3:::acme-analytics/masked/orders/*",
            "arn:aws:s3:::acme-analytics",
          ],
        },
      },
    });
    expect(OBJECT.startsWith("arn:aws:s3:::acme-analytics/masked/orders/")).toBe(true);
    expect(LIVE_OBJECT.startsWith("arn:aws:s3:::acme-analytics/masked/orders/")).toBe(false);
  });

  test("the secret's grant: through Secrets Manager in the key's region, for that secret only", () => {
    expect(statement("SharedSecret1Decrypt")).toEqual({
      Sid: "SharedSecret1Decrypt",
      Effect: "Allow",
      Action: "kms:Decrypt",
      Resource: KEY,
      Condition: {
        StringEquals: { "kms:ViaService": "secretsmanager.eu-west-1.amazonaws.com" },
        StringLike: { "kms:EncryptionContext:SecretARN": [SECRET] },
      },
    });
    expect(OTHER_SECRET).not.toBe(SECRET);
  });

  test("the boundary caps kms:Decrypt to the catalog's key", () => {
    const decrypts = policies.boundary.Statement.filter((candidate) =>
      [candidate.Action ?? []].flat().includes("kms:Decrypt"),
    );
    expect(decrypts.flatMap((candidate) => [candidate.Resource ?? []].flat())).toEqual([KEY, KEY]);
  });
});
