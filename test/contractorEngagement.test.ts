import { beforeAll, describe, expect, test } from "vitest";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "./support/declareUnderMocks";
import { policyOf, type Recorder } from "./support/recorder";
import { TYPES } from "./support/types";

// The fixture engagement (every lane, console and keys), declared once with the real component.
let stack: Recorder;
const USER = "contractor-checkout-fix-2026-11";
const USER_ARN = `arn:aws:iam::123456789012:user/contractors/${USER}`;
const TAGS = {
  "contractor-access:engagement": "checkout-fix-2026-11",
  "contractor-access:owner": "priya@acme.example",
  "contractor-access:ticket": "SHOP-1423",
  "contractor-access:ends": "2026-11-28T23:59:59Z",
};

const GRANTS = {
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "EngagementDenyBeforeStart",
      Effect: "Deny",
      Action: "*",
      Resource: "*",
      Condition: { DateLessThan: { "aws:CurrentTime": "2026-11-24T00:00:00Z" } },
    },
    {
      Sid: "EngagementDenyAfterEnd",
      Effect: "Deny",
      Action: "*",
      Resource: "*",
      Condition: { DateGreaterThan: { "aws:CurrentTime": "2026-11-28T23:59:59Z" } },
    },
    {
      Sid: "DenyAllExceptListedIfNoMFA",
      Effect: "Deny",
      NotAction: [
        "iam:ChangePassword",
        "iam:CreateVirtualMFADevice",
        "iam:DeleteVirtualMFADevice",
        "iam:EnableMFADevice",
        "iam:GetAccountPasswordPolicy",
        "iam:GetUser",
        "iam:ListMFADevices",
        "iam:ListVirtualMFADevices",
        "iam:ResyncMFADevice",
        "sts:GetSessionToken",
      ],
      Resource: "*",
      Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
    },
    {
      Sid: "DenyMFAEnrollmentWithoutMFAAfterEnrollmentWindow",
      Effect: "Deny",
      Action: [
        "iam:CreateVirtualMFADevice",
        "iam:DeleteVirtualMFADevice",
        "iam:EnableMFADevice",
        "iam:ResyncMFADevice",
      ],
      Resource: "*",
      Condition: {
        BoolIfExists: { "aws:MultiFactorAuthPresent": "false" },
        DateGreaterThan: { "aws:CurrentTime": "2026-11-25T00:00:00Z" },
      },
    },
    { Sid: "AllowViewAccountInfo", Effect: "Allow", Action: "iam:ListVirtualMFADevices", Resource: "*" },
    {
      Sid: "AllowManageOwnVirtualMFADevice",
      Effect: "Allow",
      Action: ["iam:CreateVirtualMFADevice", "iam:DeleteVirtualMFADevice"],
      Resource: ["arn:aws:iam::*:mfa/${aws:username}", "arn:aws:iam::*:mfa/${aws:username}.*"],
    },
    {
      Sid: "AllowManageOwnUserMFA",
      Effect: "Allow",
      Action: [
        "iam:DeactivateMFADevice",
        "iam:EnableMFADevice",
        "iam:GetUser",
        "iam:GetMFADevice",
        "iam:ListMFADevices",
        "iam:ResyncMFADevice",
      ],
      Resource: ["arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:user/*/${aws:username}"],
    },
    {
      Sid: "AllowChangeOwnPassword",
      Effect: "Allow",
      Action: "iam:ChangePassword",
      Resource: ["arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:user/*/${aws:username}"],
    },
    { Sid: "AllowViewPasswordPolicy", Effect: "Allow", Action: "iam:GetAccountPasswordPolicy", Resource: "*" },
    {
      Sid: "Dataset1List",
      Effect: "Allow",
      Action: "s3:ListBucket",
      Resource: "arn:aws:s3:::acme-analytics",
      Condition: { StringLike: { "s3:prefix": ["masked/orders/", "masked/orders/*"] } },
    },
    {
      Sid: "Dataset1Read",
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::acme-analytics/masked/orders/*",
    },
    {
      Sid: "SharedSecret1Read",
      Effect: "Allow",
      Action: "secretsmanager:GetSecretValue",
      Resource: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf",
    },
    {
      Sid: "AssumeProductionRole",
      Effect: "Allow",
      Action: "sts:AssumeRole",
      Resource: `arn:aws:iam::\${aws:PrincipalAccount}:role/contractors/${USER}-production`,
      Condition: { StringEquals: { "sts:SourceIdentity": USER, "sts:RoleSessionName": USER } },
    },
    {
      Sid: "SetProductionSourceIdentity",
      Effect: "Allow",
      Action: "sts:SetSourceIdentity",
      Resource: `arn:aws:iam::\${aws:PrincipalAccount}:role/contractors/${USER}-production`,
      Condition: { StringEquals: { "sts:SourceIdentity": USER } },
    },
  ],
};

beforeAll(async () => {
  stack = await declareUnderMocks([{ name: "checkout", engagement: ENGAGEMENT_INPUT }], {
    settings: SETTINGS_INPUT,
    now: new Date("2026-11-25T00:00:00Z"),
  });
});

describe("ContractorEngagement: exact inputs of every resource", () => {
  test("declares exactly these resources", () => {
    expect(stack.resources.map((resource) => `${resource.type}::${resource.name}`).sort()).toEqual(
      [
        `${TYPES.engagement}::checkout`,
        `${TYPES.membership}::github-member-dana-codes`,
        `${TYPES.policy}::checkout-boundary`,
        `${TYPES.user}::checkout`,
        `${TYPES.policy}::checkout-access-1`,
        `${TYPES.userPolicyAttachment}::checkout-access-1`,
        `${TYPES.loginProfile}::checkout-console`,
        `${TYPES.accessKey}::checkout-key-2026-11-24`,
        `${TYPES.role}::checkout-production`,
        `${TYPES.rolePolicy}::checkout-production`,
        `${TYPES.policy}::checkout-production-boundary`,
        `${TYPES.team}::checkout-team`,
        `${TYPES.teamRepository}::checkout-repo-storefront`,
        `${TYPES.teamMembership}::checkout-member`,
      ].sort(),
    );
  });

  test("the IAM user: named, under /contractors/, forceDestroy from creation, capped by its boundary, tagged", () => {
    expect(stack.find(TYPES.user, "checkout").inputs).toEqual({
      name: USER,
      path: "/contractors/",
      forceDestroy: true,
      permissionsBoundary: `arn:aws:iam::123456789012:policy/contractors/${USER}-boundary`,
      tags: TAGS,
    });
  });

  test("the console login profile requires a password reset", () => {
    expect(stack.find(TYPES.loginProfile, "checkout-console").inputs).toEqual({
      user: USER,
      passwordResetRequired: true,
    });
  });

  test("the access key belongs to the user and its name carries the rotation period", () => {
    expect(stack.find(TYPES.accessKey, "checkout-key-2026-11-24").inputs).toEqual({ user: USER });
  });

  test("the grants: one managed policy attached to the user, with the window and MFA denies, self-service, data, shared secret and the production role", () => {
    const access = stack.find(TYPES.policy, "checkout-access-1");
    expect(access.inputs.name).toBe(`${USER}-access-1`);
    expect(access.inputs.path).toBe("/contractors/");
    expect(access.inputs.description).toBe("Grants, part 1, of contractor engagement checkout-fix-2026-11");
    expect(access.inputs.tags).toEqual(TAGS);
    expect(stack.find(TYPES.userPolicyAttachment, "checkout-access-1").inputs).toEqual({
      user: USER,
      policyArn: `arn:aws:iam::123456789012:policy/contractors/${USER}-access-1`,
    });
    expect(policyOf(access)).toEqual(GRANTS);
  });

  test("no inline policy on the user: a user's inline policies share 2,048 characters", () => {
    expect(stack.ofType(TYPES.userPolicy)).toEqual([]);
  });

  test("the boundary carries the same statements, exactly: every deny, self-service and each grant", () => {
    const boundary = stack.find(TYPES.policy, "checkout-boundary");
    expect(boundary.inputs.name).toBe(`${USER}-boundary`);
    expect(boundary.inputs.path).toBe("/contractors/");
    expect(boundary.inputs.tags).toEqual(TAGS);
    expect(boundary.inputs.description).toBe("Permissions boundary of contractor engagement checkout-fix-2026-11");
    expect(policyOf(boundary)).toEqual(GRANTS);
  });

  test("the production role is capped by its own boundary: window, identity and MFA denies, at most the stack's actions", () => {
    const boundary = stack.find(TYPES.policy, "checkout-production-boundary");
    expect(stack.find(TYPES.role, "checkout-production").inputs.permissionsBoundary).toBe(
      `arn:aws:iam::123456789012:policy/contractors/${USER}-production-boundary`,
    );
    expect(boundary.inputs.name).toBe(`${USER}-production-boundary`);
    expect(policyOf(boundary).Statement.map((statement) => statement.Sid)).toEqual([
      "ProductionDenyBeforeStart",
      "ProductionDenyAfterEnd",
      "DenyIdentityAndAccountChanges",
      "DenyAllIfNoMFA",
      "AllowProductionActions",
    ]);
    expect(policyOf(boundary).Statement[2]).toEqual({
      Sid: "DenyIdentityAndAccountChanges",
      Effect: "Deny",
      Action: ["iam:*", "sts:*", "organizations:*", "account:*"],
      Resource: "*",
    });
  });

  test("the production role trusts only this user, with MFA, inside the approved window, for one hour", () => {
    const role = stack.find(TYPES.role, "checkout-production");
    expect(role.inputs.name).toBe(`${USER}-production`);
    expect(role.inputs.path).toBe("/contractors/");
    expect(role.inputs.maxSessionDuration).toBe(3600);
    expect(role.inputs.description).toBe(
      "Production read for checkout-fix-2026-11, approved by cto@acme.example (SHOP-1430)",
    );
    expect(policyOf(role, "assumeRolePolicy")).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "AssumeWithMfaInsideApprovedWindow",
          Effect: "Allow",
          Principal: { AWS: USER_ARN },
          Action: "sts:AssumeRole",
          Condition: {
            StringEquals: { "sts:SourceIdentity": USER, "sts:RoleSessionName": USER },
            Bool: { "aws:MultiFactorAuthPresent": "true" },
            DateGreaterThanEquals: { "aws:CurrentTime": "2026-11-27T14:00:00Z" },
            DateLessThanEquals: { "aws:CurrentTime": "2026-11-27T16:00:00Z" },
          },
        },
        {
          Sid: "SourceIdentityIsTheUserName",
          Effect: "Allow",
          Principal: { AWS: USER_ARN },
          Action: "sts:SetSourceIdentity",
          Condition: {
            StringEquals: { "sts:SourceIdentity": USER },
            Bool: { "aws:MultiFactorAuthPresent": "true" },
            DateGreaterThanEquals: { "aws:CurrentTime": "2026-11-27T14:00:00Z" },
            DateLessThanEquals: { "aws:CurrentTime": "2026-11-27T16:00:00Z" },
          },
        },
      ],
    });
  });

  test("the production role's permissions: the stack's read actions, denied outside the production window", () => {
    const rolePolicy = stack.find(TYPES.rolePolicy, "checkout-production");
    expect(rolePolicy.inputs.role).toBe(`${USER}-production`);
    expect(policyOf(rolePolicy).Statement).toEqual([
      {
        Sid: "ProductionDenyBeforeStart",
        Effect: "Deny",
        Action: "*",
        Resource: "*",
        Condition: { DateLessThan: { "aws:CurrentTime": "2026-11-27T14:00:00Z" } },
      },
      {
        Sid: "ProductionDenyAfterEnd",
        Effect: "Deny",
        Action: "*",
        Resource: "*",
        Condition: { DateGreaterThan: { "aws:CurrentTime": "2026-11-27T16:00:00Z" } },
      },
      {
        Sid: "ProductionRead",
        Effect: "Allow",
        Action: [
          "cloudwatch:DescribeAlarms",
          "cloudwatch:GetMetricData",
          "cloudwatch:ListMetrics",
          "logs:DescribeLogGroups",
          "logs:DescribeLogStreams",
          "logs:FilterLogEvents",
          "logs:GetLogEvents",
          "logs:StartQuery",
          "logs:GetQueryResults",
          "ecs:DescribeServices",
          "ecs:DescribeTasks",
          "ecs:ListServices",
          "ecs:ListTasks",
        ],
        Resource: ["*"],
      },
    ]);
  });

  test("the GitHub team is closed and describes task, ticket and end", () => {
    expect(stack.find(TYPES.team, "checkout-team").inputs).toEqual({
      name: USER,
      description:
        "Fix the payment step that fails on some mobile devices (ticket SHOP-1423; ends 2026-11-28; managed by contractor-access)",
      privacy: "closed",
    });
  });

  test("the repository grant and the team membership use the team's id", () => {
    const teamId = stack.find(TYPES.teamRepository, "checkout-repo-storefront").inputs.teamId;
    expect(teamId).toMatch(/^\d+$/);
    expect(stack.find(TYPES.teamRepository, "checkout-repo-storefront").inputs).toEqual({
      teamId,
      repository: "storefront",
      permission: "push",
    });
    expect(stack.find(TYPES.teamMembership, "checkout-member").inputs).toEqual({
      teamId,
      username: "dana-codes",
      role: "member",
    });
  });

  test("the organization membership is a plain member", () => {
    expect(stack.find(TYPES.membership, "github-member-dana-codes").inputs).toEqual({
      username: "dana-codes",
      role: "member",
    });
  });
});
