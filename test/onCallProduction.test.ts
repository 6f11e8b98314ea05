import { beforeAll, describe, expect, test } from "vitest";
import { describeProduction } from "../packages/contractor-access/src/describe/grantPhrases";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "./support/declareUnderMocks";
import { type EngagementPolicies, engagementPolicies, type IamPolicy, simulate } from "./support/iamSimulator";
import { TYPES } from "./support/types";

// An on-call engagement, declared by the real component and evaluated as IAM does.
const ACCOUNT = "123456789012";
const USER = "contractor-checkout-fix-2026-11";
const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/contractors/${USER}`;
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/contractors/${USER}-production`;
const ON_CALL: EngagementInput = {
  ...ENGAGEMENT_INPUT,
  lanes: {
    production: { mode: "on-call", access: "read", approvedBy: "cto@acme.example", approval: "OPS-91" },
  },
  sharedSecrets: [],
};

let policies: EngagementPolicies;
let recorded: Awaited<ReturnType<typeof declareUnderMocks>>;
beforeAll(async () => {
  recorded = await declareUnderMocks([{ name: "checkout", engagement: ON_CALL }], {
    settings: SETTINGS_INPUT,
    now: new Date("2026-11-24T00:00:00Z"),
  });
  policies = engagementPolicies(recorded, "checkout");
});

const trust = (): IamPolicy => {
  if (!policies.trust) throw new Error("expected a production role");
  return policies.trust;
};

describe("on-call production: assumable at any time inside the engagement window, one-hour sessions", () => {
  test("sessions last at most an hour", () => {
    expect(recorded.find(TYPES.role, "checkout-production").inputs.maxSessionDuration).toBe(3600);
  });

  test.each([
    ["at the engagement's first second", "2026-11-24T00:00:00Z", "Allowed"],
    ["at 03:00 on day three", "2026-11-26T03:00:00Z", "Allowed"],
    ["at the engagement's last second", "2026-11-28T23:59:59Z", "Allowed"],
    ["one second after the engagement", "2026-11-29T00:00:00Z", "ExplicitlyDenied"],
    ["one second before the engagement", "2026-11-23T23:59:59Z", "ExplicitlyDenied"],
  ] as const)("the contractor assumes the role %s: %s", async (_what, time, expected) => {
    const result = await simulate({
      principal: USER_ARN,
      action: "sts:AssumeRole",
      resource: ROLE_ARN,
      context: {
        "aws:CurrentTime": time,
        "aws:username": USER,
        "aws:PrincipalArn": USER_ARN,
        "aws:MultiFactorAuthPresent": "true",
        "sts:SourceIdentity": USER,
        "sts:RoleSessionName": USER,
      },
      identityPolicies: policies.user,
      permissionBoundaries: [policies.boundary],
      resourcePolicy: trust(),
    });
    expect(result).toBe(expected);
  });

  test("the review says plainly that this is standing emergency access", () => {
    const component = recorded.components[0] as { plan: { production: Parameters<typeof describeProduction>[0] } };
    expect(describeProduction(component.plan.production, "UTC")).toBe(
      "on call: read at any time from 2026-11-24 to 2026-11-28, standing emergency access, every assumption alerts; approved by cto@acme.example (OPS-91)",
    );
  });
});
