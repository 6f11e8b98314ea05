import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import { checkEventPattern } from "../limits/eventPattern";
import { IDENTITY_CENTER_SETTINGS_INPUT, settingsWith, validatedWith } from "../testing/fixtures";
import { activityEventPattern, permissionSetRolePrefix } from "./activityEventPattern";
import { hasAwsAccess } from "./awsAccess";

// Under Identity Center the contractor acts in the account through sessions of
// the roles Identity Center provisions for the engagement's permission sets:
// `AWSReservedSSO_<set>_<16 hex>`, logged as AssumedRole with the role's name
// as the session issuer's userName and the person's user name as the session name.

const IDENTITY_CENTER = settingsWith(IDENTITY_CENTER_SETTINGS_INPUT);
const DENIED = [{ prefix: "AccessDenied" }, "UnauthorizedOperation", "Client.UnauthorizedOperation"];

/** An engagement under Identity Center: the example (every lane) with another id and a change; no keys, since Identity Center has none. */
function underIdentityCenter(id: string, change: (draft: EngagementInput) => void = () => {}) {
  return validatedWith(
    id,
    (draft) => {
      draft.aws = { console: true };
      change(draft);
    },
    IDENTITY_CENTER,
  ).plan;
}

/**
 * The CloudTrail event of one call of an Identity Center session, as
 * EventBridge receives it (IAM Identity Center User Guide, "Referencing
 * permission sets"; CloudTrail User Guide, "userIdentity element").
 */
function sessionCall(
  roleName: string,
  call: { eventName: string; readOnly: boolean; errorCode?: string },
): Record<string, unknown> {
  return {
    version: "0",
    "detail-type": "AWS API Call via CloudTrail",
    source: "aws.s3",
    account: "123456789012",
    region: "eu-west-1",
    detail: {
      eventVersion: "1.09",
      userIdentity: {
        type: "AssumedRole",
        principalId: "AROAEXAMPLEEXAMPLE:dana@freelance.example",
        arn: `arn:aws:sts::123456789012:assumed-role/${roleName}/dana@freelance.example`,
        accountId: "123456789012",
        sessionContext: {
          sessionIssuer: {
            type: "Role",
            principalId: "AROAEXAMPLEEXAMPLE",
            arn: `arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/eu-west-1/${roleName}`,
            accountId: "123456789012",
            userName: roleName,
          },
          attributes: { creationDate: "2026-11-27T14:05:00Z", mfaAuthenticated: "false" },
        },
      },
      eventSource: "s3.amazonaws.com",
      eventName: call.eventName,
      readOnly: call.readOnly,
      ...(call.errorCode ? { errorCode: call.errorCode } : {}),
    },
  };
}

/**
 * EventBridge's matching, for the operators these patterns use (EventBridge
 * User Guide, "Event patterns" and "Comparison operators"; aws/event-ruler):
 * every field of the pattern must be in the event; an array of values matches
 * when any one does (any element of an array in the event); `prefix` matches
 * the beginning of a string; `$or` matches when any of its objects does.
 */
function matches(pattern: Record<string, unknown>, event: Record<string, unknown>): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    if (key === "$or") return (rule as Record<string, unknown>[]).some((branch) => matches(branch, event));
    const value = event[key];
    if (Array.isArray(rule)) {
      const values = Array.isArray(value) ? value : [value];
      return values.some((one) => one !== undefined && rule.some((expected) => matchesValue(expected, one)));
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    return matches(rule as Record<string, unknown>, value as Record<string, unknown>);
  });
}

function matchesValue(expected: unknown, value: unknown): boolean {
  if (expected !== null && typeof expected === "object") {
    if ("prefix" in expected && typeof expected.prefix === "string") {
      return typeof value === "string" && value.startsWith(expected.prefix);
    }
    throw new Error(`operator not modelled: ${JSON.stringify(expected)}`);
  }
  return expected === value;
}

/** Every `$or` in a pattern, wherever it is: EventBridge refuses one of fewer than two objects. */
function orBranches(pattern: unknown): unknown[][] {
  if (pattern === null || typeof pattern !== "object") return [];
  if (Array.isArray(pattern)) return pattern.flatMap(orBranches);
  return Object.entries(pattern).flatMap(([key, value]) =>
    key === "$or" && Array.isArray(value) ? [value, ...orBranches(value)] : orBranches(value),
  );
}

describe("activityEventPattern under Identity Center: the sessions of the engagement's permission sets", () => {
  test("exact pattern: refusals of both sets' sessions, and every call that is not read-only of a production session", () => {
    const plan = underIdentityCenter("checkout-fix-2026-11");
    expect([plan.names.permissionSet, plan.names.productionPermissionSet]).toStrictEqual([
      "contractor-checkout-fix-2026-11",
      "contractor-checkout.1d3cf9.prod",
    ]);
    expect(activityEventPattern(plan)).toStrictEqual({
      "detail-type": ["AWS API Call via CloudTrail"],
      $or: [
        {
          detail: {
            userIdentity: {
              sessionContext: {
                sessionIssuer: {
                  userName: [
                    { prefix: "AWSReservedSSO_contractor-checkout-fix-2026-11_" },
                    { prefix: "AWSReservedSSO_contractor-checkout.1d3cf9.prod_" },
                  ],
                },
              },
            },
            errorCode: DENIED,
          },
        },
        {
          detail: {
            userIdentity: {
              sessionContext: {
                sessionIssuer: { userName: [{ prefix: "AWSReservedSSO_contractor-checkout.1d3cf9.prod_" }] },
              },
            },
            readOnly: [false],
          },
        },
      ],
    });
  });

  test("without production: one branch, the refusals of the engagement's set, and no $or (EventBridge refuses an $or of one)", () => {
    const plan = underIdentityCenter("ledger-audit-2026", (draft) => {
      draft.lanes = { data: { datasets: ["masked-orders"] } };
      draft.sharedSecrets = [];
    });
    expect(activityEventPattern(plan)).toStrictEqual({
      "detail-type": ["AWS API Call via CloudTrail"],
      detail: {
        userIdentity: {
          sessionContext: { sessionIssuer: { userName: [{ prefix: "AWSReservedSSO_contractor-ledger-audit-2026_" }] } },
        },
        errorCode: DENIED,
      },
    });
  });

  test("production only: no branch for an engagement set that does not exist", () => {
    const plan = underIdentityCenter("hotfix-2026", (draft) => {
      const { production } = draft.lanes;
      draft.lanes = { production };
      draft.sharedSecrets = [];
    });
    const prefix = [{ prefix: "AWSReservedSSO_contractor-hotfix-2026.prod_" }];
    expect(activityEventPattern(plan)).toStrictEqual({
      "detail-type": ["AWS API Call via CloudTrail"],
      $or: [
        { detail: { userIdentity: { sessionContext: { sessionIssuer: { userName: prefix } } }, errorCode: DENIED } },
        { detail: { userIdentity: { sessionContext: { sessionIssuer: { userName: prefix } } }, readOnly: [false] } },
      ],
    });
  });

  test("what it hears: refusals of either set and production writes; not the engagement's own allowed calls, nor production reads", () => {
    const plan = underIdentityCenter("checkout-fix-2026-11");
    const pattern = activityEventPattern(plan);
    const engagementRole = "AWSReservedSSO_contractor-checkout-fix-2026-11_0123456789abcdef";
    const productionRole = "AWSReservedSSO_contractor-checkout.1d3cf9.prod_fedcba9876543210";
    const heard = (role: string, call: Parameters<typeof sessionCall>[1]) => matches(pattern, sessionCall(role, call));
    expect(heard(engagementRole, { eventName: "GetObject", readOnly: true, errorCode: "AccessDenied" })).toBe(true);
    expect(heard(engagementRole, { eventName: "PutObject", readOnly: false, errorCode: "AccessDenied" })).toBe(true);
    expect(
      heard(productionRole, {
        eventName: "TerminateInstances",
        readOnly: false,
        errorCode: "Client.UnauthorizedOperation",
      }),
    ).toBe(true);
    expect(heard(productionRole, { eventName: "PutLogEvents", readOnly: false })).toBe(true);
    expect(heard(productionRole, { eventName: "GetLogEvents", readOnly: true })).toBe(false);
    expect(heard(engagementRole, { eventName: "GetObject", readOnly: true })).toBe(false);
    // The set's calls as they are: an allowed write of the engagement's set is within its grants.
    expect(heard(engagementRole, { eventName: "PutObject", readOnly: false })).toBe(false);
  });

  test("attack: another engagement whose set's name extends this one's is not heard, thanks to the trailing underscore", () => {
    // `ledger-2026` (data) and `ledger-2026-2` (someone else's data engagement): the second's set,
    // contractor-ledger-2026-2, begins with the first's, contractor-ledger-2026.
    const victim = underIdentityCenter("ledger-2026", (draft) => {
      draft.lanes = { data: { datasets: ["masked-orders"] } };
    });
    const other = underIdentityCenter("ledger-2026-2", (draft) => {
      draft.lanes = { data: { datasets: ["masked-orders"] } };
    });
    expect(victim.names.permissionSet).toBe("contractor-ledger-2026");
    expect(other.names.permissionSet).toBe("contractor-ledger-2026-2");
    const otherRole = `${permissionSetRolePrefix(other.names.permissionSet)}0123456789abcdef`;
    const otherRefusal = sessionCall(otherRole, { eventName: "GetObject", readOnly: true, errorCode: "AccessDenied" });

    expect(matches(activityEventPattern(victim), otherRefusal)).toBe(false);
    // The same pattern without the underscore would report the other engagement's refusals as this one's.
    const withoutUnderscore = JSON.parse(JSON.stringify(activityEventPattern(victim)).replaceAll('_"}', '"}'));
    expect(JSON.stringify(withoutUnderscore)).toContain('{"prefix":"AWSReservedSSO_contractor-ledger-2026"}');
    expect(matches(withoutUnderscore, otherRefusal)).toBe(true);
    // And the other engagement's own rule hears its own refusal.
    expect(matches(activityEventPattern(other), otherRefusal)).toBe(true);
  });

  test("a production set cannot be another engagement's set: engagement x-prod is not x's production", () => {
    const withProduction = underIdentityCenter("ledger-2026");
    const named = underIdentityCenter("ledger-2026-prod", (draft) => {
      draft.lanes = { data: { datasets: ["masked-orders"] } };
    });
    expect(withProduction.names.productionPermissionSet).toBe("contractor-ledger-2026.prod");
    expect(named.names.permissionSet).toBe("contractor-ledger-2026-prod");
    const namedWrite = sessionCall(`${permissionSetRolePrefix(named.names.permissionSet)}0123456789abcdef`, {
      eventName: "PutObject",
      readOnly: false,
    });
    expect(matches(activityEventPattern(withProduction), namedWrite)).toBe(false);
  });

  test("with the longest id (40 characters) the pattern fits EventBridge's 2,048 characters, and every $or has two objects or more", () => {
    const id = `a${"b".repeat(38)}c`;
    const plan = underIdentityCenter(id);
    expect(plan.names.permissionSet).toHaveLength(32);
    expect(plan.names.productionPermissionSet).toHaveLength(32);
    const pattern = activityEventPattern(plan);
    const text = JSON.stringify(pattern);
    expect(checkEventPattern(text, id)).toStrictEqual([]);
    expect(text.length).toBeLessThan(700);
    expect(orBranches(pattern).map((branches) => branches.length)).toStrictEqual([2]);
  });
});

describe("hasAwsAccess under Identity Center: a permission set, not a sign-in, decides", () => {
  test("the portal is always the console, yet a code-only engagement has no AWS access and no pattern", () => {
    const codeOnly = underIdentityCenter("docs-2026-11", (draft) => {
      draft.lanes = { code: draft.lanes.code };
      draft.sharedSecrets = [];
    });
    expect(codeOnly.aws.console).toBe(true);
    expect(hasAwsAccess(codeOnly)).toBe(false);
    expect(() => activityEventPattern(codeOnly)).toThrow(RangeError);
  });

  test.each([
    ["data", (draft: EngagementInput) => ({ data: draft.lanes.data })],
    ["shared secrets", () => ({})],
    ["production", (draft: EngagementInput) => ({ production: draft.lanes.production })],
  ])("with %s alone it has AWS access", (lane, lanes) => {
    const plan = underIdentityCenter("one-lane-2026", (draft) => {
      const kept = lanes(draft);
      if (lane !== "shared secrets") draft.sharedSecrets = [];
      draft.lanes = { ...kept };
    });
    const reached = [plan.data && "data", plan.sharedSecrets && "shared secrets", plan.production && "production"];
    expect(reached.filter(Boolean)).toStrictEqual([lane]);
    expect(hasAwsAccess(plan)).toBe(true);
    expect(checkEventPattern(JSON.stringify(activityEventPattern(plan)), plan.engagement.id)).toStrictEqual([]);
  });
});
