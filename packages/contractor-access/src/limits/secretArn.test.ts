import { describe, expect, test } from "vitest";
import { checkSecretArn } from "./secretArn";

const ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret";

describe("checkSecretArn: one secret's full ARN, with its 6-character suffix and no wildcard", () => {
  test.each([
    [`${ARN}:db-prod-AbC123`],
    [`${ARN}:team/api_key+x=y.z@w-a1B2c3`],
    ["arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:db-AbC123"],
    ["arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db-AbC123"],
  ])("Compliance: %s", (arn) => {
    expect(checkSecretArn(arn, "s")).toEqual([]);
  });

  test.each([[`${ARN}:db-prod-*`], [`${ARN}:db-prod*`], [`${ARN}:db-prod-AbC12?`], [`${ARN}:*`]])(
    "Noncompliance 1: %s has a wildcard",
    (arn) => {
      expect(checkSecretArn(arn, "s")).toEqual([
        {
          resource: "s",
          limit: "secret-arn-wildcard",
          allowed: "no * or ?",
          actual: arn,
          message: `secret ARN "${arn}" contains a wildcard (* or ?), which also matches neighbouring secrets whose names share the rest; give the one secret's full ARN, ending in its 6-character suffix`,
        },
      ]);
    },
  );

  test.each([[`${ARN}:db-prod`], [`${ARN}:db-AbC12`], [`${ARN}:dbAbC123`]])(
    "Noncompliance 2: %s has no suffix",
    (arn) => {
      expect(checkSecretArn(arn, "s")).toEqual([
        {
          resource: "s",
          limit: "secret-arn-suffix",
          allowed: "<name>-<6 characters>",
          actual: arn,
          message: `secret ARN "${arn}" does not end in "-" and the 6 random characters Secrets Manager appends to every secret's ARN, so in a policy it matches no secret; copy the full ARN from the console or aws secretsmanager describe-secret`,
        },
      ]);
    },
  );

  test.each([
    ["db-prod-AbC123"],
    ["arn:aws:secretsmanager:eu-west-1:12345678901:secret:db-AbC123"],
    ["arn:aws:s3:::bucket"],
    ["arn:aws:secretsmanager:eu-west-1:123456789012:secret:"],
  ])("Noncompliance 3: %s is not a secret ARN", (arn) => {
    expect(checkSecretArn(arn, "s")).toEqual([
      {
        resource: "s",
        limit: "secret-arn-form",
        allowed: "arn:aws:secretsmanager:<region>:<12-digit account>:secret:<name>-<6 characters>",
        actual: arn,
        message: `"${arn}" is not a Secrets Manager secret ARN; expected arn:aws:secretsmanager:<region>:<12-digit account>:secret:<name>-<6 characters>`,
      },
    ]);
  });
});
