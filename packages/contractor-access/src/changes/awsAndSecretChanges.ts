import type { AccessPlan } from "../lanes/accessPlan";
import { type Change, matchByName } from "./changeParts";

function toggle(what: string, before: boolean, after: boolean): Change[] {
  if (before === after) return [];
  return [{ kind: after ? "widened" : "narrowed", lane: "aws", message: `${what} switched ${after ? "on" : "off"}` }];
}

/**
 * AWS console sign-in or access keys switched on (`widened`) or off
 * (`narrowed`), and a new key rotation period or identity backend (`changed`).
 *
 * @example
 * awsChanges(base, head); // [{ kind: "widened", lane: "aws", message: "AWS access keys switched on" }]
 */
export function awsChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const [before, after] = [base.aws, head.aws];
  const backend = { "iam-user": "an IAM user", "identity-center": "Identity Center permission sets" } as const;
  return [
    ...(base.identity.backend === head.identity.backend
      ? []
      : [
          {
            kind: "changed" as const,
            lane: "aws" as const,
            message: `the AWS identity is ${backend[head.identity.backend]} instead of ${backend[base.identity.backend]}`,
          },
        ]),
    ...toggle("AWS console sign-in", before.console, after.console),
    ...toggle("AWS access keys", before.accessKeys, after.accessKeys),
    ...(before.keyRotationDays === after.keyRotationDays
      ? []
      : [
          {
            kind: "changed" as const,
            lane: "aws" as const,
            message: `access keys rotate every ${after.keyRotationDays} days instead of every ${before.keyRotationDays} days`,
          },
        ]),
  ];
}

/**
 * Shared secrets added or removed, and secrets whose catalog ARN changed.
 *
 * @example
 * sharedSecretChanges(base, head); // [{ kind: "added", lane: "sharedSecrets", message: "shared secret stripe-test-key added" }]
 */
export function sharedSecretChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const lane = "sharedSecrets";
  const { added, removed, kept } = matchByName(base.sharedSecrets?.secrets ?? [], head.sharedSecrets?.secrets ?? []);
  return [
    ...added.map((secret): Change => ({ kind: "added", lane, message: `shared secret ${secret.name} added` })),
    ...removed.map((secret): Change => ({ kind: "removed", lane, message: `shared secret ${secret.name} removed` })),
    ...kept
      .filter(([before, after]) => before.arn !== after.arn)
      .map(
        ([before, after]): Change => ({
          kind: "changed",
          lane,
          message: `shared secret ${after.name} is ${after.arn} instead of ${before.arn}`,
        }),
      ),
  ];
}
