import type { EvaluationResult } from "@cloud-copilot/iam-simulate";
import { isWildcardOnlyAction } from "@cloud-copilot/iam-simulate";
import { beforeAll, describe, expect, test } from "vitest";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "./support/declareUnderMocks";
import {
  type EngagementPolicies,
  engagementPolicies,
  type IamPolicy,
  type RequestContext,
  simulate,
} from "./support/iamSimulator";

// What the real component declares for the fixture engagement, evaluated the
// way IAM evaluates it: identity policy AND permissions boundary (AND the
// role's trust policy for sts:AssumeRole), at second precision around each edge.

const ACCOUNT = "123456789012";
const USER = "contractor-checkout-fix-2026-11";
const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/contractors/${USER}`;
const OTHER_USER_ARN = `arn:aws:iam::${ACCOUNT}:user/contractors/contractor-someone-else`;
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/contractors/${USER}-production`;
const SESSION_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/${USER}-production/dana`;
const LEDGER_USER = "contractor-ledger-audit-2026-11";
const OBJECT = "arn:aws:s3:::acme-analytics/masked/orders/2026/file.csv";
const BUCKET = "arn:aws:s3:::acme-analytics";
const OTHER_BUCKET_OBJECT = "arn:aws:s3:::acme-billing/masked/orders/2026/file.csv";
const READ_SECRET = "secretsmanager:GetSecretValue";
const SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf";
const LOG_STREAM = `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:checkout:log-stream:web-1`;
// Devices may be named only after the user: exactly, or "<user name>.<label>".
const OWN_MFA = `arn:aws:iam::${ACCOUNT}:mfa/${USER}`;
const OWN_LABELLED_MFA = `arn:aws:iam::${ACCOUNT}:mfa/${USER}.phone`;
const SQUATTED_MFA = `arn:aws:iam::${ACCOUNT}:mfa/dana`;
const NEIGHBOUR_MFA = `arn:aws:iam::${ACCOUNT}:mfa/${USER}-2`;

const START = "2026-11-24T00:00:00Z";
const INSIDE = "2026-11-26T12:00:00Z";
// The MFA enrolment window: the first 24 hours (mfaEnrollmentHours' default).
const DAY_ONE = "2026-11-24T10:00:00Z";
const ENROLLMENT_END = "2026-11-25T00:00:00Z";
const AFTER_ENROLLMENT = "2026-11-25T00:00:01Z";
const DAY_FOUR = "2026-11-27T10:00:00Z";
const END = "2026-11-28T23:59:59Z";
const BEFORE_START = "2026-11-23T23:59:59Z";
const AFTER_END = "2026-11-29T00:00:00Z";
const PRODUCTION_START = "2026-11-27T14:00:00Z";
const DURING_PRODUCTION = "2026-11-27T15:00:00Z";
const PRODUCTION_END = "2026-11-27T16:00:00Z";
const BEFORE_PRODUCTION = "2026-11-27T13:59:59Z";
const AFTER_PRODUCTION = "2026-11-27T16:00:01Z";

/** A second engagement: another person, console off, another dataset, no production lane. */
const LEDGER_INPUT: EngagementInput = {
  id: "ledger-audit-2026-11",
  task: "Reconcile the November ledger export with the payment provider",
  ticket: "FIN-88",
  owner: { name: "Priya Raman", email: "priya@acme.example" },
  contractor: { name: "Lee Park", email: "lee@audit.example" },
  window: { start: "2026-11-24", end: "2026-11-28" },
  lanes: { data: { datasets: ["masked-ledger"] } },
  aws: { console: false, accessKeys: true, keyRotationDays: 30 },
};

const SETTINGS = {
  ...SETTINGS_INPUT,
  datasets: {
    ...SETTINGS_INPUT.datasets,
    "masked-ledger": { classification: "masked", bucket: "acme-analytics", prefix: "masked/ledger/" },
  },
} as const;

type Mfa = "true" | "false" | "absent";

/** A user's request context; `absent` stands for long-term access keys, which carry no MFA key at all. */
function userContext(time: string, mfa: Mfa, user = USER, extra: Record<string, string> = {}): RequestContext {
  return {
    "aws:CurrentTime": time,
    "aws:username": user,
    "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:user/contractors/${user}`,
    ...(mfa === "absent" ? {} : { "aws:MultiFactorAuthPresent": mfa }),
    ...extra,
  };
}

let checkout: EngagementPolicies;
let ledger: EngagementPolicies;

beforeAll(async () => {
  const recorded = await declareUnderMocks(
    [
      { name: "checkout", engagement: ENGAGEMENT_INPUT },
      { name: "ledger", engagement: LEDGER_INPUT },
    ],
    { settings: SETTINGS, now: new Date("2026-11-20T00:00:00Z") },
  );
  checkout = engagementPolicies(recorded, "checkout");
  ledger = engagementPolicies(recorded, "ledger");
});

/** The checkout contractor's request, judged by the user's policy and boundary. */
function asUser(action: string, resource: string, context: RequestContext, policies = checkout) {
  return simulate({
    principal: String(context["aws:PrincipalArn"]),
    action,
    resource,
    context,
    identityPolicies: policies.user,
    permissionBoundaries: [policies.boundary],
  });
}

function required(policy: IamPolicy | undefined, what: string): IamPolicy {
  if (!policy) throw new Error(`the fixture engagement declared no ${what}`);
  return policy;
}

/** One table row: what happens, the action, the exact expected result, the resource and the request context. */
type Row = readonly [
  what: string,
  action: string,
  expected: EvaluationResult,
  resource: string,
  context: RequestContext,
];

const withMfa = (time: string) => userContext(time, "true");
const ledgerAt = (time: string, mfa: Mfa) => userContext(time, mfa, LEDGER_USER);
const listing = (prefix: string | undefined, time = INSIDE) =>
  userContext(time, "true", USER, prefix === undefined ? {} : { "s3:prefix": prefix });

describe("data lane: read-only on the masked dataset's prefix, with MFA, inside the window", () => {
  test.each<Row>([
    ["inside the window with MFA", "s3:GetObject", "Allowed", OBJECT, withMfa(INSIDE)],
    ["at the exact start second", "s3:GetObject", "Allowed", OBJECT, withMfa(START)],
    ["at the exact end second", "s3:GetObject", "Allowed", OBJECT, withMfa(END)],
    ["one second before the start", "s3:GetObject", "ExplicitlyDenied", OBJECT, withMfa(BEFORE_START)],
    ["one second after the end", "s3:GetObject", "ExplicitlyDenied", OBJECT, withMfa(AFTER_END)],
    ["without MFA", "s3:GetObject", "ExplicitlyDenied", OBJECT, userContext(INSIDE, "false")],
    ["with access keys (no MFA key)", "s3:GetObject", "ExplicitlyDenied", OBJECT, userContext(INSIDE, "absent")],
    ["another prefix", "s3:GetObject", "ImplicitlyDenied", `${BUCKET}/live/orders/2026/file.csv`, withMfa(INSIDE)],
    ["a sibling prefix", "s3:GetObject", "ImplicitlyDenied", `${BUCKET}/masked/orders-old/file.csv`, withMfa(INSIDE)],
    ["another bucket", "s3:GetObject", "ImplicitlyDenied", OTHER_BUCKET_OBJECT, withMfa(INSIDE)],
    ["writing to the prefix", "s3:PutObject", "ImplicitlyDenied", OBJECT, withMfa(INSIDE)],
    ["deleting from the prefix", "s3:DeleteObject", "ImplicitlyDenied", OBJECT, withMfa(INSIDE)],
    ["listing the dataset prefix", "s3:ListBucket", "Allowed", BUCKET, listing("masked/orders/")],
    ["listing below the dataset prefix", "s3:ListBucket", "Allowed", BUCKET, listing("masked/orders/2026/")],
    ["listing another prefix", "s3:ListBucket", "ImplicitlyDenied", BUCKET, listing("live/")],
    ["listing the whole bucket (no prefix)", "s3:ListBucket", "ImplicitlyDenied", BUCKET, listing(undefined)],
    ["listing after the end", "s3:ListBucket", "ExplicitlyDenied", BUCKET, listing("masked/orders/", AFTER_END)],
  ])("%s: %s is %s", async (_what, action, expected, resource, context) => {
    expect(await asUser(action, resource, context)).toBe(expected);
  });

  test.each<Row>([
    ["its own dataset", "s3:GetObject", "Allowed", `${BUCKET}/masked/ledger/2026-11.csv`, ledgerAt(INSIDE, "true")],
    ["the other engagement's dataset", "s3:GetObject", "ImplicitlyDenied", OBJECT, ledgerAt(INSIDE, "true")],
    ["the other engagement's secret", READ_SECRET, "ImplicitlyDenied", SECRET, ledgerAt(INSIDE, "true")],
  ])("a second engagement reading %s: %s is %s", async (_what, action, expected, resource, context) => {
    expect(await asUser(action, resource, context, ledger)).toBe(expected);
  });
});

describe("shared secret: readable from the catalog ARN inside the window only", () => {
  const otherSecret = `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:stripe-live-key-XyZ123`;
  test.each<Row>([
    ["inside the window", READ_SECRET, "Allowed", SECRET, withMfa(INSIDE)],
    ["one second after the end", READ_SECRET, "ExplicitlyDenied", SECRET, withMfa(AFTER_END)],
    ["another secret", READ_SECRET, "ImplicitlyDenied", otherSecret, withMfa(INSIDE)],
    ["overwriting it", "secretsmanager:PutSecretValue", "ImplicitlyDenied", SECRET, withMfa(INSIDE)],
  ])("%s: %s is %s", async (_what, action, expected, resource, context) => {
    expect(await asUser(action, resource, context)).toBe(expected);
  });
});

describe("MFA self-service: enrol MFA in the first hours and set the password before MFA, nothing else", () => {
  const noMfa = (time: string) => userContext(time, "false");
  test.each<Row>([
    ["create its own device on day one without MFA", "iam:CreateVirtualMFADevice", "Allowed", OWN_MFA, noMfa(DAY_ONE)],
    [
      "create one with access keys on day one",
      "iam:CreateVirtualMFADevice",
      "Allowed",
      OWN_MFA,
      userContext(DAY_ONE, "absent"),
    ],
    ["create a labelled device of its own", "iam:CreateVirtualMFADevice", "Allowed", OWN_LABELLED_MFA, noMfa(DAY_ONE)],
    ["enable MFA on its own user on day one without MFA", "iam:EnableMFADevice", "Allowed", USER_ARN, noMfa(DAY_ONE)],
    [
      "enable MFA at the last second of the enrolment window",
      "iam:EnableMFADevice",
      "Allowed",
      USER_ARN,
      noMfa(ENROLLMENT_END),
    ],
    [
      "enable MFA 1 s after the enrolment window",
      "iam:EnableMFADevice",
      "ExplicitlyDenied",
      USER_ARN,
      noMfa(AFTER_ENROLLMENT),
    ],
    [
      "a thief with the password creates a device on day four",
      "iam:CreateVirtualMFADevice",
      "ExplicitlyDenied",
      OWN_MFA,
      noMfa(DAY_FOUR),
    ],
    [
      "a thief with the keys enables a device on day four",
      "iam:EnableMFADevice",
      "ExplicitlyDenied",
      USER_ARN,
      userContext(DAY_FOUR, "absent"),
    ],
    [
      "add a second device on day four with MFA",
      "iam:CreateVirtualMFADevice",
      "Allowed",
      OWN_LABELLED_MFA,
      withMfa(DAY_FOUR),
    ],
    [
      "squat a device name of another person",
      "iam:CreateVirtualMFADevice",
      "ImplicitlyDenied",
      SQUATTED_MFA,
      noMfa(DAY_ONE),
    ],
    [
      "squat the name a neighbouring user's device would take",
      "iam:CreateVirtualMFADevice",
      "ImplicitlyDenied",
      NEIGHBOUR_MFA,
      withMfa(DAY_FOUR),
    ],
    ["delete its own unassigned device on day one", "iam:DeleteVirtualMFADevice", "Allowed", OWN_MFA, noMfa(DAY_ONE)],
    [
      "delete another person's device",
      "iam:DeleteVirtualMFADevice",
      "ImplicitlyDenied",
      SQUATTED_MFA,
      withMfa(DAY_FOUR),
    ],
    ["enable MFA on another user", "iam:EnableMFADevice", "ImplicitlyDenied", OTHER_USER_ARN, noMfa(DAY_ONE)],
    ["change its own password without MFA", "iam:ChangePassword", "Allowed", USER_ARN, noMfa(INSIDE)],
    ["read the password policy without MFA", "iam:GetAccountPasswordPolicy", "Allowed", "*", noMfa(INSIDE)],
    ["change another user's password", "iam:ChangePassword", "ImplicitlyDenied", OTHER_USER_ARN, withMfa(INSIDE)],
    ["deactivate its own MFA without MFA", "iam:DeactivateMFADevice", "ExplicitlyDenied", USER_ARN, noMfa(INSIDE)],
    ["read the dataset without MFA", "s3:GetObject", "ExplicitlyDenied", OBJECT, noMfa(INSIDE)],
    ["read the secret without MFA", READ_SECRET, "ExplicitlyDenied", SECRET, noMfa(INSIDE)],
    ["create an MFA device after the end", "iam:CreateVirtualMFADevice", "ExplicitlyDenied", OWN_MFA, noMfa(AFTER_END)],
    ["enable MFA after the end", "iam:EnableMFADevice", "ExplicitlyDenied", USER_ARN, noMfa(AFTER_END)],
    ["change its own password after the end", "iam:ChangePassword", "ExplicitlyDenied", USER_ARN, noMfa(AFTER_END)],
    ["enable MFA before the start", "iam:EnableMFADevice", "ExplicitlyDenied", USER_ARN, noMfa(BEFORE_START)],
  ])("%s: %s is %s", async (_what, action, expected, resource, context) => {
    expect(await asUser(action, resource, context)).toBe(expected);
  });

  const ledgerArn = `arn:aws:iam::${ACCOUNT}:user/contractors/${LEDGER_USER}`;
  test.each<Row>([
    ["change its password without MFA", "iam:ChangePassword", "ExplicitlyDenied", ledgerArn, ledgerAt(INSIDE, "false")],
    ["change its own password with MFA", "iam:ChangePassword", "ImplicitlyDenied", ledgerArn, ledgerAt(INSIDE, "true")],
    ["read the password policy", "iam:GetAccountPasswordPolicy", "ImplicitlyDenied", "*", ledgerAt(INSIDE, "true")],
    [
      "enable MFA on its own user on day one without MFA",
      "iam:EnableMFADevice",
      "Allowed",
      ledgerArn,
      ledgerAt(DAY_ONE, "false"),
    ],
  ])("with the console off, %s: %s is %s", async (_what, action, expected, resource, context) => {
    expect(await asUser(action, resource, context, ledger)).toBe(expected);
  });
});

/** The request keys of an attributable assumption: the user's name as source identity and as session name. */
const attributed = (name = USER) => ({ "sts:SourceIdentity": name, "sts:RoleSessionName": name });

describe("production role: assumable by this user, with MFA, inside the approved window only", () => {
  const assume = (principal: string, user: string, time: string, mfa: Mfa) =>
    simulate({
      principal,
      action: "sts:AssumeRole",
      resource: ROLE_ARN,
      context: { ...userContext(time, mfa, user), "aws:PrincipalArn": principal, ...attributed() },
      identityPolicies: checkout.user,
      permissionBoundaries: [checkout.boundary],
      resourcePolicy: required(checkout.trust, "trust policy"),
    });

  test("the trust policy names the user the component created", () => {
    const principals = required(checkout.trust, "trust policy").Statement.map((statement) => statement.Principal);
    expect(principals).toEqual([{ AWS: USER_ARN }, { AWS: USER_ARN }]);
  });

  test.each<readonly [what: string, expected: EvaluationResult, time: string, mfa: Mfa]>([
    ["at the exact start second with MFA", "Allowed", PRODUCTION_START, "true"],
    ["at the exact end second with MFA", "Allowed", PRODUCTION_END, "true"],
    ["one second before the start", "ImplicitlyDenied", BEFORE_PRODUCTION, "true"],
    ["one second after the end", "ImplicitlyDenied", AFTER_PRODUCTION, "true"],
    ["without MFA", "ExplicitlyDenied", DURING_PRODUCTION, "false"],
    ["with long-term access keys (no MFA key)", "ExplicitlyDenied", DURING_PRODUCTION, "absent"],
    ["after the engagement ends", "ExplicitlyDenied", AFTER_END, "true"],
  ])("the user assumes the role %s: %s", async (_what, expected, time, mfa) => {
    expect(await assume(USER_ARN, USER, time, mfa)).toBe(expected);
  });

  test("a role of the same name in another account cannot be assumed: the grant names the stack's account", async () => {
    const elsewhere = `arn:aws:iam::210987654321:role/contractors/${USER}-production`;
    // Even if that account's trust policy trusted this user, the user's own policies do not allow it.
    const trustingEveryone = {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow" as const, Principal: { AWS: USER_ARN }, Action: "sts:AssumeRole" }],
    };
    const cross = (resource: string) =>
      simulate({
        principal: USER_ARN,
        action: "sts:AssumeRole",
        resource,
        accountId: resource.split(":")[4],
        context: { ...withMfa(DURING_PRODUCTION), ...attributed() },
        identityPolicies: checkout.user,
        permissionBoundaries: [checkout.boundary],
        resourcePolicy: trustingEveryone,
      });
    expect(await cross(elsewhere)).not.toBe("Allowed");
    expect(await cross(ROLE_ARN)).toBe("Allowed");
  });

  test("another user in the account, even with the same policies and MFA, cannot assume it", async () => {
    expect(await assume(OTHER_USER_ARN, "contractor-someone-else", DURING_PRODUCTION, "true")).toBe("ImplicitlyDenied");
  });

  const session = (time: string): RequestContext => ({
    "aws:CurrentTime": time,
    "aws:PrincipalArn": ROLE_ARN,
    "aws:MultiFactorAuthPresent": "true",
  });
  const during = session(DURING_PRODUCTION);
  const table = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`;
  const service = `arn:aws:ecs:eu-west-1:${ACCOUNT}:service/prod/checkout`;
  test.each<Row>([
    ["inside the window", "logs:GetLogEvents", "Allowed", LOG_STREAM, during],
    ["at the exact start second", "logs:GetLogEvents", "Allowed", LOG_STREAM, session(PRODUCTION_START)],
    ["at the exact end second", "logs:GetLogEvents", "Allowed", LOG_STREAM, session(PRODUCTION_END)],
    ["one second after the end", "logs:GetLogEvents", "ExplicitlyDenied", LOG_STREAM, session(AFTER_PRODUCTION)],
    ["one second before the start", "logs:GetLogEvents", "ExplicitlyDenied", LOG_STREAM, session(BEFORE_PRODUCTION)],
    ["reading objects with read access", "s3:GetObject", "ImplicitlyDenied", OBJECT, during],
    ["reading items with read access", "dynamodb:GetItem", "ImplicitlyDenied", table, during],
    ["reading the shared secret", READ_SECRET, "ImplicitlyDenied", SECRET, during],
    ["restarting a service", "ecs:UpdateService", "ImplicitlyDenied", service, during],
  ])("a role session %s: %s is %s", async (_what, action, expected, resource, context) => {
    const identityPolicies = [required(checkout.role, "role policy")];
    expect(await simulate({ principal: SESSION_ARN, action, resource, context, identityPolicies })).toBe(expected);
  });
});

/** Rhino Security Labs' privilege-escalation permissions (aws_escalate.py, `all_perms`). */
const RHINO_PRIVESC_ACTIONS = [
  "iam:AddUserToGroup",
  "iam:AttachGroupPolicy",
  "iam:AttachRolePolicy",
  "iam:AttachUserPolicy",
  "iam:CreateAccessKey",
  "iam:CreatePolicyVersion",
  "iam:CreateLoginProfile",
  "iam:PassRole",
  "iam:PutGroupPolicy",
  "iam:PutRolePolicy",
  "iam:PutUserPolicy",
  "iam:SetDefaultPolicyVersion",
  "iam:UpdateAssumeRolePolicy",
  "iam:UpdateLoginProfile",
  "sts:AssumeRole",
  "ec2:RunInstances",
  "lambda:CreateEventSourceMapping",
  "lambda:CreateFunction",
  "lambda:InvokeFunction",
  "lambda:UpdateFunctionCode",
  "dynamodb:CreateTable",
  "dynamodb:PutItem",
  "glue:CreateDevEndpoint",
  "glue:UpdateDevEndpoint",
  "cloudformation:CreateStack",
  "datapipeline:CreatePipeline",
];

/** Identity and boundary tampering, and removing an MFA device, on top of Rhino's list. */
const EXTRA_ESCALATION_ACTIONS = [
  "iam:CreateUser",
  "iam:CreateRole",
  "iam:CreatePolicy",
  "iam:DeleteUserPermissionsBoundary",
  "iam:PutUserPermissionsBoundary",
  "iam:DeleteRolePermissionsBoundary",
  "iam:PutRolePermissionsBoundary",
  "iam:UpdateAssumeRolePolicy",
  "iam:DeleteVirtualMFADevice",
];

describe("attributable sessions: the role is assumed only with the user's name as source identity and session name", () => {
  type Keys = Record<string, string>;
  // sts:SetSourceIdentity knows only sts:SourceIdentity; the simulator (rightly) refuses the session name there.
  const keysOf = (action: string, keys: Keys): Keys =>
    action === "sts:SetSourceIdentity"
      ? Object.fromEntries(Object.entries(keys).filter(([key]) => key !== "sts:RoleSessionName"))
      : keys;
  const assume = (action: "sts:AssumeRole" | "sts:SetSourceIdentity", time: string, keys: Keys) =>
    simulate({
      principal: USER_ARN,
      action,
      resource: ROLE_ARN,
      context: { ...withMfa(time), ...keysOf(action, keys) },
      identityPolicies: checkout.user,
      permissionBoundaries: [checkout.boundary],
      resourcePolicy: required(checkout.trust, "trust policy"),
    });
  const wrong = { "sts:SourceIdentity": "contractor-someone-else", "sts:RoleSessionName": USER };
  const wrongSession = { "sts:SourceIdentity": USER, "sts:RoleSessionName": "dana" };
  const sessionOnly = { "sts:RoleSessionName": USER };
  test.each<
    readonly [
      what: string,
      action: "sts:AssumeRole" | "sts:SetSourceIdentity",
      expected: EvaluationResult,
      time: string,
      keys: Keys,
    ]
  >([
    ["without a source identity", "sts:AssumeRole", "ImplicitlyDenied", DURING_PRODUCTION, sessionOnly],
    ["with another name as source identity", "sts:AssumeRole", "ImplicitlyDenied", DURING_PRODUCTION, wrong],
    [
      "with the right source identity but another session name",
      "sts:AssumeRole",
      "ImplicitlyDenied",
      DURING_PRODUCTION,
      wrongSession,
    ],
    ["with the user's name as both", "sts:AssumeRole", "Allowed", DURING_PRODUCTION, attributed()],
    ["setting the user's name as source identity", "sts:SetSourceIdentity", "Allowed", DURING_PRODUCTION, attributed()],
    ["setting another name as source identity", "sts:SetSourceIdentity", "ImplicitlyDenied", DURING_PRODUCTION, wrong],
    [
      "with the user's name, 1 s before the window",
      "sts:AssumeRole",
      "ImplicitlyDenied",
      BEFORE_PRODUCTION,
      attributed(),
    ],
    [
      "with the user's name, 1 s after the window",
      "sts:AssumeRole",
      "ImplicitlyDenied",
      AFTER_PRODUCTION,
      attributed(),
    ],
    [
      "setting the source identity 1 s after the window",
      "sts:SetSourceIdentity",
      "ImplicitlyDenied",
      AFTER_PRODUCTION,
      attributed(),
    ],
  ])("%s: %s is %s", async (_what, action, expected, time, keys) => {
    expect(await assume(action, time, keys)).toBe(expected);
  });
});

const GROUP_ARN = `arn:aws:iam::${ACCOUNT}:group/admins`;
const BOUNDARY_ARN = `arn:aws:iam::${ACCOUNT}:policy/contractors/${USER}-boundary`;
const FUNCTION_ARN = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:escalate`;
const TABLE_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/escalate`;
const STACK_ARN = `arn:aws:cloudformation:eu-west-1:${ACCOUNT}:stack/escalate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`;
const NEW_USER_ARN = `arn:aws:iam::${ACCOUNT}:user/contractors/contractor-new`;

type EscalationRow = readonly [action: string, resource: string, expected: EvaluationResult];

// The most dangerous target of each action: the engagement's own user, boundary and role where they apply.
const ESCALATIONS: readonly EscalationRow[] = [
  ["iam:AddUserToGroup", GROUP_ARN, "ImplicitlyDenied"],
  ["iam:AttachGroupPolicy", GROUP_ARN, "ImplicitlyDenied"],
  ["iam:AttachRolePolicy", ROLE_ARN, "ImplicitlyDenied"],
  ["iam:AttachUserPolicy", USER_ARN, "ImplicitlyDenied"],
  ["iam:CreateAccessKey", USER_ARN, "ImplicitlyDenied"],
  ["iam:CreateAccessKey", OTHER_USER_ARN, "ImplicitlyDenied"],
  ["iam:CreatePolicyVersion", BOUNDARY_ARN, "ImplicitlyDenied"],
  ["iam:CreateLoginProfile", USER_ARN, "ImplicitlyDenied"],
  ["iam:CreateLoginProfile", OTHER_USER_ARN, "ImplicitlyDenied"],
  ["iam:PassRole", ROLE_ARN, "ImplicitlyDenied"],
  ["iam:PutGroupPolicy", GROUP_ARN, "ImplicitlyDenied"],
  ["iam:PutRolePolicy", ROLE_ARN, "ImplicitlyDenied"],
  ["iam:PutUserPolicy", USER_ARN, "ImplicitlyDenied"],
  ["iam:SetDefaultPolicyVersion", BOUNDARY_ARN, "ImplicitlyDenied"],
  ["iam:UpdateAssumeRolePolicy", ROLE_ARN, "ImplicitlyDenied"],
  ["iam:UpdateLoginProfile", USER_ARN, "ImplicitlyDenied"],
  ["iam:UpdateLoginProfile", OTHER_USER_ARN, "ImplicitlyDenied"],
  ["sts:AssumeRole", `arn:aws:iam::${ACCOUNT}:role/admin`, "ImplicitlyDenied"],
  ["sts:AssumeRole", ROLE_ARN, "Allowed"],
  ["ec2:RunInstances", `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0123456789abcdef0`, "ImplicitlyDenied"],
  ["lambda:CreateEventSourceMapping", "*", "ImplicitlyDenied"],
  ["lambda:CreateFunction", FUNCTION_ARN, "ImplicitlyDenied"],
  ["lambda:InvokeFunction", FUNCTION_ARN, "ImplicitlyDenied"],
  ["lambda:UpdateFunctionCode", FUNCTION_ARN, "ImplicitlyDenied"],
  ["dynamodb:CreateTable", TABLE_ARN, "ImplicitlyDenied"],
  ["dynamodb:PutItem", TABLE_ARN, "ImplicitlyDenied"],
  ["glue:CreateDevEndpoint", "*", "ImplicitlyDenied"],
  ["glue:UpdateDevEndpoint", `arn:aws:glue:eu-west-1:${ACCOUNT}:devEndpoint/escalate`, "ImplicitlyDenied"],
  ["cloudformation:CreateStack", STACK_ARN, "ImplicitlyDenied"],
  ["datapipeline:CreatePipeline", "*", "ImplicitlyDenied"],
  ["iam:CreateUser", NEW_USER_ARN, "ImplicitlyDenied"],
  ["iam:CreateRole", `arn:aws:iam::${ACCOUNT}:role/escalate`, "ImplicitlyDenied"],
  ["iam:CreatePolicy", `arn:aws:iam::${ACCOUNT}:policy/escalate`, "ImplicitlyDenied"],
  ["iam:DeleteUserPermissionsBoundary", USER_ARN, "ImplicitlyDenied"],
  ["iam:PutUserPermissionsBoundary", USER_ARN, "ImplicitlyDenied"],
  ["iam:DeleteRolePermissionsBoundary", ROLE_ARN, "ImplicitlyDenied"],
  ["iam:PutRolePermissionsBoundary", ROLE_ARN, "ImplicitlyDenied"],
  // Its own unassigned devices it may delete (to retry an enrolment); anyone else's, never.
  ["iam:DeleteVirtualMFADevice", SQUATTED_MFA, "ImplicitlyDenied"],
];

describe("a production session is bounded: no identity, STS or account changes, nothing outside its window", () => {
  // A policy attached to the role by hand that allows everything: only the boundary stands in the way.
  const everything: IamPolicy = {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
  };
  const sessionAt = (time: string): RequestContext => ({
    "aws:CurrentTime": time,
    "aws:PrincipalArn": ROLE_ARN,
    "aws:MultiFactorAuthPresent": "true",
  });
  const bounded = (action: string, resource: string, time = DURING_PRODUCTION) =>
    simulate({
      principal: SESSION_ARN,
      action,
      resource,
      context: sessionAt(time),
      identityPolicies: [required(checkout.role, "role policy"), everything],
      permissionBoundaries: [required(checkout.roleBoundary, "role boundary")],
    });

  test.each([
    ["iam:CreateAccessKey", OTHER_USER_ARN],
    ["iam:CreateUser", `arn:aws:iam::${ACCOUNT}:user/backdoor`],
    ["iam:AttachRolePolicy", ROLE_ARN],
    ["iam:PutRolePolicy", ROLE_ARN],
    ["iam:DeleteRolePermissionsBoundary", ROLE_ARN],
    ["sts:AssumeRole", `arn:aws:iam::${ACCOUNT}:role/admin`],
    ["organizations:LeaveOrganization", "*"],
    ["account:CloseAccount", "*"],
  ])("%s on %s is denied by the boundary, even with a hand-attached Allow *", async (action, resource) => {
    expect(await bounded(action, resource)).toBe("ExplicitlyDenied");
  });

  test.each([
    ["a production read action inside the window", "logs:GetLogEvents", DURING_PRODUCTION, "Allowed"],
    ["the same 1 s after the window", "logs:GetLogEvents", AFTER_PRODUCTION, "ExplicitlyDenied"],
    ["an action the stack never granted", "ec2:TerminateInstances", DURING_PRODUCTION, "ImplicitlyDenied"],
  ] as const)("%s: %s is %s", async (_what, action, time, expected) => {
    expect(await bounded(action, action === "ec2:TerminateInstances" ? "*" : LOG_STREAM, time)).toBe(expected);
  });
});

describe("no privilege escalation: with MFA, inside the production window, every classic path is denied", () => {
  test("the table covers the 26 Rhino actions and the extra identity and boundary actions", () => {
    const covered = new Set(ESCALATIONS.map(([action]) => action));
    const missing = [...RHINO_PRIVESC_ACTIONS, ...EXTRA_ESCALATION_ACTIONS].filter((action) => !covered.has(action));
    expect(RHINO_PRIVESC_ACTIONS).toHaveLength(26);
    expect(missing).toEqual([]);
  });

  test("the table uses the resource * exactly for wildcard-only actions", async () => {
    for (const [action, resource] of ESCALATIONS) {
      const [service = "", name = ""] = action.split(":");
      expect(resource === "*", action).toBe(await isWildcardOnlyAction(service, name));
    }
  });

  test("the one allowed row is assuming the engagement's own production role", () => {
    expect(ESCALATIONS.filter(([, , expected]) => expected === "Allowed")).toEqual([
      ["sts:AssumeRole", ROLE_ARN, "Allowed"],
    ]);
  });

  test.each(ESCALATIONS)("%s on %s: %s", async (action, resource, expected) => {
    // IAM reads a role's trust policy as its resource policy for sts:AssumeRole.
    const ownRole = action === "sts:AssumeRole" && resource === ROLE_ARN;
    const trust = ownRole ? { resourcePolicy: checkout.trust } : {};
    const result = await simulate({
      principal: USER_ARN,
      action,
      resource,
      context: { ...withMfa(DURING_PRODUCTION), ...(action.startsWith("sts:") ? attributed() : {}) },
      identityPolicies: checkout.user,
      permissionBoundaries: [checkout.boundary],
      ...trust,
    });
    expect(result).toBe(expected);
  });
});

describe("the permissions boundary alone caps a user whose identity policy allows everything", () => {
  const allowEverything: IamPolicy = {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
  };
  const billing = "arn:aws:s3:::acme-billing/invoices/2026.csv";
  test.each<Row>([
    ["another bucket", "s3:GetObject", "ImplicitlyDenied", billing, withMfa(INSIDE)],
    ["creating a user", "iam:CreateUser", "ImplicitlyDenied", NEW_USER_ARN, withMfa(INSIDE)],
    ["a key for itself", "iam:CreateAccessKey", "ImplicitlyDenied", USER_ARN, withMfa(INSIDE)],
    ["removing its boundary", "iam:DeleteUserPermissionsBoundary", "ImplicitlyDenied", USER_ARN, withMfa(INSIDE)],
    ["the dataset inside the window", "s3:GetObject", "Allowed", OBJECT, withMfa(INSIDE)],
    ["the dataset one second after the end", "s3:GetObject", "ExplicitlyDenied", OBJECT, withMfa(AFTER_END)],
    ["the dataset one second before the start", "s3:GetObject", "ExplicitlyDenied", OBJECT, withMfa(BEFORE_START)],
  ])("%s: %s is %s", async (_what, action, expected, resource, context) => {
    const result = await simulate({
      principal: USER_ARN,
      action,
      resource,
      context,
      identityPolicies: [allowEverything],
      permissionBoundaries: [checkout.boundary],
    });
    expect(result).toBe(expected);
  });
});
