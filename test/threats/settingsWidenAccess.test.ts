import { describe, expect, test } from "vitest";
import { stackSettingsSchema } from "../../packages/contractor-access/src/engagement/stackSettingsSchema";
import { SETTINGS_INPUT } from "../../packages/contractor-access/src/testing/fixtures";

// Threat T6: stack settings that widen what every engagement gets. Attacker: a
// repository writer whose settings change passes review unnoticed, or a
// mistake. Control: the settings schema refuses each widening setting, naming
// the key and what to do instead, so nothing is declared.

function problems(settings: Record<string, unknown>): string[] {
  const result = stackSettingsSchema.safeParse({ ...SETTINGS_INPUT, ...settings });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const production = (read: string[], operate: string[] = ["ecs:UpdateService"]) => ({
  production: { read: { actions: read, resources: ["*"] }, operate: { actions: operate, resources: ["*"] } },
});

describe("T6: settings that would widen access are refused", () => {
  test.each([
    [
      "iam:*",
      'production.read.actions.0: "iam:*" grants a whole service; list the read actions one by one, such as logs:GetLogEvents',
    ],
    [
      "ssm:GetParametersByPath",
      'production.read.actions.0: "ssm:GetParametersByPath" reads data (ssm:GetParametersByPath); production read access must not include data reads, which go through the masked data lane',
    ],
    [
      "ssm:GetParameterHistory",
      'production.read.actions.0: "ssm:GetParameterHistory" reads data (ssm:GetParameterHistory); production read access must not include data reads, which go through the masked data lane',
    ],
    [
      "secretsmanager:BatchGetSecretValue",
      'production.read.actions.0: "secretsmanager:BatchGetSecretValue" reads data (secretsmanager:BatchGetSecretValue); production read access must not include data reads, which go through the masked data lane',
    ],
    [
      "ecs:UpdateService",
      'production.read.actions.0: "ecs:UpdateService" covers ecs:UpdateService (Write); production read allows only List and Read actions',
    ],
    ["logs:GetLogEventz", 'production.read.actions.0: "logs:GetLogEventz" matches no IAM action; check its spelling'],
  ])("read %s", (action, expected) => {
    expect(problems(production([action]))).toStrictEqual([expected]);
  });

  test.each([
    [
      "*",
      'production.operate.actions.0: "*" grants every action; list the actions the task needs, such as ecs:UpdateService',
    ],
    [
      "iam:PassRole",
      'production.operate.actions.0: "iam:PassRole" is an iam action; production operate never changes identities, roles or accounts (a session could give itself access that outlives the window)',
    ],
    [
      "sts:AssumeRole",
      'production.operate.actions.0: "sts:AssumeRole" is an sts action; production operate never changes identities, roles or accounts (a session could give itself access that outlives the window)',
    ],
    [
      "organizations:LeaveOrganization",
      'production.operate.actions.0: "organizations:LeaveOrganization" is an organizations action; production operate never changes identities, roles or accounts (a session could give itself access that outlives the window)',
    ],
  ])("operate %s", (action, expected) => {
    expect(problems(production(["logs:GetLogEvents"], [action]))).toStrictEqual([expected]);
  });

  test("a dataset prefix with a wildcard", () => {
    const found = problems({ datasets: { all: { classification: "masked", bucket: "acme-analytics", prefix: "*/" } } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^datasets\.all\.prefix: S3 key prefix "\*\/" /);
  });

  test("a secret ARN ending in a wildcard", () => {
    const found = problems({
      sharedSecrets: { stripe: { arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe*" } },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^sharedSecrets\.stripe\.arn: /);
  });

  test("the defaults pass: the controls refuse only what widens access", () => {
    expect(problems({})).toStrictEqual([]);
  });
});
