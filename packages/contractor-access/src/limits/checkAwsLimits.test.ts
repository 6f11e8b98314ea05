import { describe, expect, test } from "vitest";
import { checkAwsLimits } from "./checkAwsLimits";
import type { PlannedAwsResource } from "./plannedResources";
import { policyOfSize } from "./policyOfSize.testing";

const trust = policyOfSize(300, "Trust");
const user = (fields: Partial<Extract<PlannedAwsResource, { kind: "user" }>> = {}): PlannedAwsResource => ({
  kind: "user",
  logicalName: "contractor-x",
  name: "contractor-x",
  ...fields,
});
const role = (fields: Partial<Extract<PlannedAwsResource, { kind: "role" }>> = {}): PlannedAwsResource => ({
  kind: "role",
  logicalName: "contractor-x-production",
  name: "contractor-x-production",
  trustPolicy: trust,
  ...fields,
});

describe("checkAwsLimits: inline policies of one holder together (user 2,048, role 10,240, group 5,120)", () => {
  test.each([
    ["user", 2048, 2049],
    ["role", 10240, 10241],
    ["group", 5120, 5121],
  ] as const)("a %s is allowed %i characters in total, not %i", (kind, max, over) => {
    const holder = (total: number): PlannedAwsResource[] => [
      {
        kind,
        logicalName: "h",
        name: "holder",
        trustPolicy: trust,
        inlinePolicies: [{ name: "a", document: policyOfSize(1000, "A") }],
      },
      {
        kind: "inlinePolicy",
        logicalName: "h-b",
        name: "b",
        holder: { kind, name: "HOLDER" },
        document: policyOfSize(total - 1000, "B"),
      },
    ];
    expect(checkAwsLimits(holder(max))).toEqual([]);
    expect(checkAwsLimits(holder(over))).toEqual([
      {
        resource: "h",
        limit: `iam-inline-policies-per-${kind}`,
        allowed: max,
        actual: over,
        message: `inline policies of IAM ${kind} holder total ${over.toLocaleString("en-US")} characters; IAM allows ${max.toLocaleString("en-US")} per ${kind}`,
      },
    ]);
  });

  test("the issue's example: a user's inline policies at 2,311 characters", () => {
    const plan = [user({ inlinePolicies: [{ name: "access", document: policyOfSize(2311) }] })];
    expect(checkAwsLimits(plan).map((v) => v.message)).toEqual([
      "inline policies of IAM user contractor-x total 2,311 characters; IAM allows 2,048 per user",
    ]);
  });

  test("an inline policy whose holder is not in the plan is totalled under its own logical name", () => {
    const plan: PlannedAwsResource[] = [
      {
        kind: "inlinePolicy",
        logicalName: "p",
        name: "p",
        holder: { kind: "user", name: "elsewhere" },
        document: policyOfSize(2049),
      },
    ];
    expect(checkAwsLimits(plan).map((v) => [v.resource, v.limit])).toEqual([["p", "iam-inline-policies-per-user"]]);
  });

  test("two inline policies of one holder with the same name, and a bad inline policy name and Sid", () => {
    const plan = [
      user({
        inlinePolicies: [
          { name: "access", document: policyOfSize(200, "A") },
          { name: "access", document: policyOfSize(200, "Read-Orders") },
          { name: "bad name", document: policyOfSize(200, "C") },
        ],
      }),
    ];
    expect(checkAwsLimits(plan).map((v) => v.message)).toEqual([
      "IAM user contractor-x has two inline policies named access; IAM keeps one per name, so the second replaces the first",
      'statement id "Read-Orders" in inline policy access of IAM user contractor-x is not alphanumeric; IAM allows only A-Z, a-z and 0-9 in a Sid',
      'inline policy name "bad name" contains " " (U+0020); IAM names allow only ASCII letters, digits and _+=,.@-',
    ]);
  });
});

describe("checkAwsLimits: quotas (trust policy 2,048 raisable to 4,096; 10 managed policies raisable to 20)", () => {
  test.each([
    [{}, 2048, 2049, " (the default quota, raisable to 4,096)"],
    [{ roleTrustPolicyCharacters: 4096 }, 4096, 4097, ""],
  ])("with quotas %j a trust policy of %i characters fits and %i does not", (quotas, max, over, note) => {
    expect(checkAwsLimits([role({ trustPolicy: policyOfSize(max, "T") })], quotas)).toEqual([]);
    expect(checkAwsLimits([role({ trustPolicy: policyOfSize(over, "T") })], quotas)).toEqual([
      {
        resource: "contractor-x-production",
        limit: "iam-role-trust-policy-size",
        allowed: max,
        actual: over,
        message: `trust policy of IAM role contractor-x-production has ${over.toLocaleString("en-US")} characters without whitespace; IAM allows ${max.toLocaleString("en-US")}${note}`,
      },
    ]);
  });

  test.each([
    ["user", {}, 10, " (the default quota, raisable to 20)"],
    ["user", { managedPoliciesPerUser: 20 }, 20, ""],
    ["role", {}, 10, " (the default quota, raisable to 20)"],
    ["role", { managedPoliciesPerRole: 15 }, 15, ""],
    ["group", { managedPoliciesPerUser: 20 }, 10, ""],
  ] as const)("a %s with quotas %j may have %i managed policies attached, not one more", (kind, quotas, max, note) => {
    const plan = (count: number): PlannedAwsResource[] => [
      { kind, logicalName: "h", name: "holder", trustPolicy: trust, attachedManagedPolicies: count },
    ];
    expect(checkAwsLimits(plan(max), quotas)).toEqual([]);
    expect(checkAwsLimits(plan(max + 1), quotas)).toEqual([
      {
        resource: "h",
        limit: `iam-managed-policies-per-${kind}`,
        allowed: max,
        actual: max + 1,
        message: `IAM ${kind} holder has ${max + 1} managed policies attached; IAM allows ${max} per ${kind}${note}`,
      },
    ]);
  });

  test.each([
    [{ managedPoliciesPerUser: 21 }, "managedPoliciesPerUser", "10 to 20", 21],
    [{ managedPoliciesPerRole: 9 }, "managedPoliciesPerRole", "10 to 20", 9],
    [{ roleTrustPolicyCharacters: 4097 }, "roleTrustPolicyCharacters", "2,048 to 4,096", 4097],
    [{ roleTrustPolicyCharacters: 3000.5 }, "roleTrustPolicyCharacters", "2,048 to 4,096", 3000.5],
  ])("a quota AWS cannot grant is reported, not thrown: %j", (quotas, key, allowed, actual) => {
    const [low, high] = allowed.split(" to ");
    expect(checkAwsLimits([], quotas)).toEqual([
      {
        resource: "quotas",
        limit: `iam-quota-${key}`,
        allowed,
        actual,
        message: `quota ${key} is ${actual}; IAM's default is ${low} and AWS raises it to at most ${high}, so give a whole number from ${allowed}`,
      },
    ]);
  });

  test("an impossible quota falls back to what AWS can grant, so the other checks still run", () => {
    const plan = [user({ attachedManagedPolicies: 21 })];
    expect(checkAwsLimits(plan, { managedPoliciesPerUser: 99 }).map((v) => [v.limit, v.allowed])).toEqual([
      ["iam-quota-managedPoliciesPerUser", "10 to 20"],
      ["iam-managed-policies-per-user", 20],
    ]);
  });
});

describe("checkAwsLimits: every other limit of a plan at once", () => {
  test("Compliance: a plan at every limit", () => {
    const tags = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v".repeat(256)]));
    const plan: PlannedAwsResource[] = [
      user({ name: "u".repeat(64), path: "/contractors/", tags, accessKeys: 2, attachedManagedPolicies: 10 }),
      role({ name: "r".repeat(64), description: "é".repeat(1000), maxSessionDuration: 43200, tags }),
      {
        kind: "managedPolicy",
        logicalName: "b",
        name: "p".repeat(128),
        path: "/contractors/",
        description: "d",
        document: policyOfSize(6144),
      },
      {
        kind: "secretReference",
        logicalName: "s",
        arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbC123",
      },
      { kind: "s3Location", logicalName: "o", bucket: "acme-data", prefix: "masked/orders/" },
    ];
    expect(checkAwsLimits(plan)).toEqual([]);
  });

  test("Noncompliance: one plan breaking many limits gets every violation, in plan order", () => {
    const plan: PlannedAwsResource[] = [
      user({ name: "contractor x", path: "contractors", accessKeys: 3, tags: { "aws:x": "v" } }),
      role({ description: "Fix – x", maxSessionDuration: 60 }),
      { kind: "managedPolicy", logicalName: "b", name: "b", description: "“d”", document: policyOfSize(6145) },
      { kind: "secretReference", logicalName: "s", arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db*" },
      { kind: "s3Location", logicalName: "o", bucket: "Acme", prefix: "orders" },
      user({ logicalName: "again", name: "CONTRACTOR X" }),
    ];
    expect(checkAwsLimits(plan).map((v) => [v.resource, v.limit])).toEqual([
      ["contractor-x", "iam-name-characters"],
      ["contractor-x", "iam-path-form"],
      ["contractor-x", "tag-key-reserved"],
      ["contractor-x", "iam-access-keys-per-user"],
      ["contractor-x-production", "iam-description-characters"],
      ["contractor-x-production", "iam-role-max-session-duration"],
      ["b", "iam-description-characters"],
      ["b", "iam-managed-policy-size"],
      ["s", "secret-arn-wildcard"],
      ["o", "s3-bucket-name-characters"],
      ["o", "s3-prefix-trailing-slash"],
      ["again", "iam-name-characters"],
      ["again", "iam-name-unique"],
    ]);
  });

  test("the messages for access keys and a duplicate name", () => {
    const plan = [user({ accessKeys: 3 }), user({ logicalName: "again", name: "Contractor-X" })];
    expect(checkAwsLimits(plan).map((v) => v.message)).toEqual([
      "IAM user contractor-x has 3 access keys at once; IAM allows 2 per user, so rotation must delete the old key before creating a third",
      "IAM user name Contractor-X is also planned for contractor-x; IAM names are unique per account regardless of case",
    ]);
  });

  test("bad data is reported, never thrown", () => {
    const plan: PlannedAwsResource[] = [
      role({ trustPolicy: "not json" }),
      { kind: "managedPolicy", logicalName: "b", name: "b", document: "{" },
    ];
    expect(checkAwsLimits(plan).map((v) => [v.resource, v.limit])).toEqual([
      ["contractor-x-production", "iam-policy-json"],
      ["b", "iam-policy-json"],
    ]);
  });
});
