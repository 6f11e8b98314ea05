import type { EvaluationResult } from "@cloud-copilot/iam-simulate";
import { beforeAll, describe, expect, test } from "vitest";
import { ENGAGEMENT_MAXIMA, type EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "./support/declareUnderMocks";
import { type EngagementPolicies, engagementPolicies, type RequestContext, simulate } from "./support/iamSimulator";
import type { Recorder } from "./support/recorder";
import { TYPES } from "./support/types";

// An engagement at the schema's maxima: every dataset and secret it may list,
// with the longest catalog prefixes and ARNs, the longest id, a production
// lane, console and keys, and non-Latin text. Its grants span several managed
// policies and its boundary is coarser than exact; IAM must still allow only
// what the engagement grants, only with MFA, only inside the window.

const ACCOUNT = "123456789012";
const ID = `z${"b".repeat(38)}9`;
const USER = `contractor-${ID}`;
const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/contractors/${USER}`;
const pad = (text: string, length: number) => text + "a".repeat(Math.max(0, length - text.length));
const prefixOf = (index: number) => `${pad(`masked/set-${index}/`, 255)}/`;
const bucketOf = (index: number) => `acme-data-${index % 3}`;
const secretOf = (index: number) =>
  `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:${pad(`shared-${index}-`, 500)}-AbCdEf`;
const range = (count: number) => Array.from({ length: count }, (_, index) => index);

const SETTINGS = {
  ...SETTINGS_INPUT,
  datasets: Object.fromEntries(
    range(ENGAGEMENT_MAXIMA.datasets).map((index) => [
      `set-${index}`,
      { classification: "masked" as const, bucket: bucketOf(index), prefix: prefixOf(index) },
    ]),
  ),
  sharedSecrets: Object.fromEntries(
    range(ENGAGEMENT_MAXIMA.sharedSecrets).map((index) => [`secret-${index}`, { arn: secretOf(index) }]),
  ),
};

const AT_MAXIMA: EngagementInput = {
  ...structuredClone(ENGAGEMENT_INPUT),
  id: ID,
  task: "Réconcilier les commandes de Łódź et de 北京 – “urgent” 😀",
  ticket: "PAY–1423 “北京”",
  contractor: { name: "Zoë Łukasz 北京", email: "zoe@freelance.example", github: "zoe-codes" },
  lanes: {
    ...structuredClone(ENGAGEMENT_INPUT.lanes),
    production: { ...structuredClone(ENGAGEMENT_INPUT.lanes.production), approval: "PAY–1430 “北京”" } as NonNullable<
      EngagementInput["lanes"]["production"]
    >,
    code: { repositories: range(ENGAGEMENT_MAXIMA.repositories).map((index) => ({ name: `repo-${index}` })) },
    data: { datasets: range(ENGAGEMENT_MAXIMA.datasets).map((index) => `set-${index}`) },
  },
  sharedSecrets: range(ENGAGEMENT_MAXIMA.sharedSecrets).map((index) => `secret-${index}`),
};

let recorded: Recorder;
let policies: EngagementPolicies;

beforeAll(async () => {
  recorded = await declareUnderMocks([{ name: "max", engagement: AT_MAXIMA }], {
    settings: SETTINGS,
    now: new Date("2026-11-20T00:00:00Z"),
  });
  policies = engagementPolicies(recorded, "max");
});

const context = (time: string, mfa: boolean): RequestContext => ({
  "aws:CurrentTime": time,
  "aws:username": USER,
  "aws:PrincipalArn": USER_ARN,
  "aws:MultiFactorAuthPresent": mfa ? "true" : "false",
});

function asUser(action: string, resource: string, time: string, mfa = true): Promise<EvaluationResult> {
  return simulate({
    principal: USER_ARN,
    action,
    resource,
    context: context(time, mfa),
    identityPolicies: policies.user,
    permissionBoundaries: [policies.boundary],
  });
}

const OBJECT_OF = (index: number) => `arn:aws:s3:::${bucketOf(index)}/${prefixOf(index)}2026/file.csv`;

describe("an engagement at the maxima, as declared", () => {
  test("its grants span several managed policies, each within 6,144 characters, and no inline policy", () => {
    const grants = recorded.ofType(TYPES.policy).filter((policy) => /^max-access-\d+$/.test(policy.name));
    expect(grants.length).toBeGreaterThan(1);
    expect(grants.length).toBeLessThanOrEqual(10);
    for (const grant of grants)
      expect(JSON.stringify(JSON.parse(String(grant.inputs.policy))).length).toBeLessThanOrEqual(6144);
    expect(recorded.ofType(TYPES.userPolicyAttachment)).toHaveLength(grants.length);
    expect(recorded.ofType(TYPES.userPolicy)).toEqual([]);
    const boundary = String(recorded.find(TYPES.policy, "max-boundary").inputs.policy);
    expect(JSON.stringify(JSON.parse(boundary)).length).toBeLessThanOrEqual(6144);
  });

  test("descriptions and tags carry the ticket and the approval in characters AWS accepts", () => {
    const user = recorded.find(TYPES.user, "max");
    expect((user.inputs.tags as Record<string, string>)["contractor-access:ticket"]).toBe("PAY-1423 -北京-");
    expect(recorded.find(TYPES.role, "max-production").inputs.description).toBe(
      `Production read for ${ID}, approved by cto@acme.example (PAY-1430 "Bei Jing")`,
    );
  });

  test("managed policies are described only by what never changes for them, since a new description replaces a policy", () => {
    expect(recorded.find(TYPES.policy, "max-boundary").inputs.description).toBe(
      `Permissions boundary of contractor engagement ${ID}`,
    );
    expect(recorded.find(TYPES.policy, "max-access-2").inputs.description).toBe(
      `Grants, part 2, of contractor engagement ${ID}`,
    );
  });
});

describe("IAM simulation at the maxima: the window to the second, MFA, and only what is granted", () => {
  const last = ENGAGEMENT_MAXIMA.datasets - 1;
  test.each([
    ["the first dataset at the start, with MFA", "s3:GetObject", OBJECT_OF(0), "2026-11-24T00:00:00Z", true, "Allowed"],
    ["the last dataset at the end, with MFA", "s3:GetObject", OBJECT_OF(last), "2026-11-28T23:59:59Z", true, "Allowed"],
    ["a dataset 1 s before the start", "s3:GetObject", OBJECT_OF(0), "2026-11-23T23:59:59Z", true, "ExplicitlyDenied"],
    ["a dataset 1 s after the end", "s3:GetObject", OBJECT_OF(last), "2026-11-29T00:00:00Z", true, "ExplicitlyDenied"],
    ["a dataset without MFA", "s3:GetObject", OBJECT_OF(3), "2026-11-26T12:00:00Z", false, "ExplicitlyDenied"],
    [
      "another prefix in a granted bucket, which the boundary's coarser form would allow",
      "s3:GetObject",
      `arn:aws:s3:::${bucketOf(0)}/live/orders/file.csv`,
      "2026-11-26T12:00:00Z",
      true,
      "ImplicitlyDenied",
    ],
    [
      "the last secret inside the window",
      "secretsmanager:GetSecretValue",
      secretOf(ENGAGEMENT_MAXIMA.sharedSecrets - 1),
      "2026-11-26T12:00:00Z",
      true,
      "Allowed",
    ],
    [
      "a neighbouring secret",
      "secretsmanager:GetSecretValue",
      secretOf(99),
      "2026-11-26T12:00:00Z",
      true,
      "ImplicitlyDenied",
    ],
    [
      "creating keys for another user",
      "iam:CreateAccessKey",
      `arn:aws:iam::${ACCOUNT}:user/contractors/contractor-other`,
      "2026-11-26T12:00:00Z",
      true,
      "ImplicitlyDenied",
    ],
    [
      "attaching a policy to itself",
      "iam:AttachUserPolicy",
      USER_ARN,
      "2026-11-26T12:00:00Z",
      true,
      "ImplicitlyDenied",
    ],
    [
      "removing its own boundary",
      "iam:DeleteUserPermissionsBoundary",
      USER_ARN,
      "2026-11-26T12:00:00Z",
      true,
      "ImplicitlyDenied",
    ],
  ] as const)("%s: %s is %s", async (_what, action, resource, time, mfa, expected) => {
    expect(await asUser(action, resource, time, mfa)).toBe(expected);
  });

  test("the production role: assumable by this user with MFA inside its window only", async () => {
    const trust = policies.trust;
    if (!trust) throw new Error("expected a production role");
    const assume = (time: string) =>
      simulate({
        principal: USER_ARN,
        action: "sts:AssumeRole",
        resource: `arn:aws:iam::${ACCOUNT}:role/contractors/${USER}-production`,
        context: { ...context(time, true), "sts:SourceIdentity": USER, "sts:RoleSessionName": USER },
        identityPolicies: policies.user,
        permissionBoundaries: [policies.boundary],
        resourcePolicy: trust,
      });
    expect(await assume("2026-11-27T14:00:00Z")).toBe("Allowed");
    expect(await assume("2026-11-27T16:00:01Z")).not.toBe("Allowed");
  });
});
