import { beforeAll, describe, expect, test } from "vitest";
import {
  contractorPoliciesDenyOutsideWindow,
  contractorPoliciesEnforceMfa,
  contractorResourcesTagged,
  contractorUserHasForceDestroy,
  contractorUserHasPermissionsBoundary,
} from "../packages/policy-pack/src/rules";
import {
  type ResourceUnderTest,
  runResourceRule,
  runStackRule,
  UNKNOWN_STRING,
} from "../packages/policy-pack/src/testing/policyArgs";
import { declarePolicyPackStack } from "./support/policyPackStack";
import type { Recorder } from "./support/recorder";
import { TYPES } from "./support/types";

// The resource rules of the policy pack, fed with what the real component declares under mocks:
// every lane with console and keys (checkout), keys and data only (audit), code only (docs).
let stack: Recorder;

beforeAll(async () => {
  stack = await declarePolicyPackStack();
});

/** A recorded resource, optionally with its inputs changed, in the shape the policy harness takes. */
function resource(type: string, name: string, change: (inputs: Record<string, unknown>) => void = () => {}) {
  const recorded = type === TYPES.userPolicy ? inlineCopy(name) : stack.find(type, name);
  const inputs = structuredClone(recorded.inputs);
  change(inputs);
  return { ...recorded, inputs } satisfies ResourceUnderTest;
}

/**
 * The component declares no inline policies (a user's share 2,048
 * characters), but the pack also guards stacks written by hand: an inline
 * policy `<name>` holding the same document as the grant policy `<name>-1`.
 */
function inlineCopy(name: string) {
  const grant = stack.find(TYPES.policy, `${name}-1`);
  const user = String(grant.inputs.name).replace(/-access-1$/, "");
  return {
    ...grant,
    type: TYPES.userPolicy,
    name,
    urn: grant.urn.replace(TYPES.policy, TYPES.userPolicy).replace(`::${name}-1`, `::${name}`),
    inputs: { name: `${user}-access`, user, policy: grant.inputs.policy },
  };
}

/** Changes the statements of a JSON policy input. */
function editPolicy(key: string, edit: (statements: Record<string, unknown>[]) => Record<string, unknown>[]) {
  return (inputs: Record<string, unknown>) => {
    const document = JSON.parse(String(inputs[key]));
    inputs[key] = JSON.stringify({ ...document, Statement: edit(document.Statement) });
  };
}

const withoutSid = (suffix: string) =>
  editPolicy("policy", (all) => all.filter((s) => !String(s.Sid).endsWith(suffix)));

test("the component declared the resources these tests mutate", () => {
  expect(stack.ofType(TYPES.user).map((user) => user.name)).toEqual(["checkout", "audit", "docs"]);
});

describe.each([
  contractorUserHasPermissionsBoundary,
  contractorUserHasForceDestroy,
  contractorPoliciesDenyOutsideWindow,
  contractorResourcesTagged,
])("$name: the component's own resources comply", (rule) => {
  test("Compliance: no violation on any resource the component declared", async () => {
    for (const recorded of stack.resources) {
      expect((await runResourceRule(rule, recorded)).violations, `${recorded.type} ${recorded.name}`).toEqual([]);
    }
  });
});

const NO_BOUNDARY =
  "The contractor user has no permissions boundary: set permissionsBoundary to the engagement's boundary policy, so that no policy attached later can widen its access.";

describe("contractorUserHasPermissionsBoundary: every IAM user under /contractors/ has a permissions boundary", () => {
  test("Compliance: a boundary not yet known during preview counts as set", async () => {
    const user = resource(TYPES.user, "checkout", (inputs) => {
      inputs.permissionsBoundary = UNKNOWN_STRING;
    });
    expect(await runResourceRule(contractorUserHasPermissionsBoundary, user)).toEqual({
      applicable: true,
      violations: [],
    });
  });

  test("Compliance: a user outside /contractors/ is not checked", async () => {
    const user = resource(TYPES.user, "audit", (inputs) => {
      inputs.path = "/staff/";
      delete inputs.permissionsBoundary;
    });
    expect((await runResourceRule(contractorUserHasPermissionsBoundary, user)).violations).toEqual([]);
  });

  test.each([
    ["1", "checkout", "removed", undefined],
    ["2", "audit", "removed", undefined],
    ["3", "checkout", "empty", ""],
  ])("Noncompliance %s: %s's boundary %s", async (_case, name, _how, value) => {
    const user = resource(TYPES.user, name, (inputs) => {
      if (value === undefined) delete inputs.permissionsBoundary;
      else inputs.permissionsBoundary = value;
    });
    expect((await runResourceRule(contractorUserHasPermissionsBoundary, user)).violations).toEqual([NO_BOUNDARY]);
  });
});

const NO_FORCE_DESTROY =
  "The contractor user does not set forceDestroy: true. Without it in state before the destroy, DeleteUser fails at offboarding once the contractor has enrolled an MFA device or created access keys.";

describe("contractorUserHasForceDestroy: every IAM user under /contractors/ sets forceDestroy", () => {
  test.each([
    ["1", "false", false],
    ["2", "removed", undefined],
  ])("Noncompliance %s: forceDestroy %s", async (_case, _how, value) => {
    const user = resource(TYPES.user, "checkout", (inputs) => {
      if (value === undefined) delete inputs.forceDestroy;
      else inputs.forceDestroy = value;
    });
    expect((await runResourceRule(contractorUserHasForceDestroy, user)).violations).toEqual([NO_FORCE_DESTROY]);
  });
});

const BEFORE =
  'The policy has no window deny before the start: add a statement with Effect "Deny", Action "*", Resource "*" and only the condition DateLessThan on aws:CurrentTime, so access is dead before the window opens.';
const AFTER =
  'The policy has no window deny after the end: add a statement with Effect "Deny", Action "*", Resource "*" and only the condition DateGreaterThan on aws:CurrentTime, so access ends when the window closes even if no pipeline runs.';
const CONTRACTOR_POLICIES = [
  [TYPES.policy, "checkout-access-1"],
  [TYPES.userPolicy, "checkout-access"],
  [TYPES.policy, "checkout-boundary"],
  [TYPES.rolePolicy, "checkout-production"],
  [TYPES.policy, "audit-access-1"],
  [TYPES.userPolicy, "audit-access"],
  [TYPES.policy, "audit-boundary"],
] as const;

describe("contractorPoliciesDenyOutsideWindow: every contractor policy denies everything outside its window", () => {
  test.each(CONTRACTOR_POLICIES)("Noncompliance 1: %s %s without the deny before the start", async (type, name) => {
    const policy = resource(type, name, withoutSid("DenyBeforeStart"));
    expect((await runResourceRule(contractorPoliciesDenyOutsideWindow, policy)).violations).toEqual([BEFORE]);
  });

  test.each(CONTRACTOR_POLICIES)("Noncompliance 2: %s %s without the deny after the end", async (type, name) => {
    const policy = resource(type, name, withoutSid("DenyAfterEnd"));
    expect((await runResourceRule(contractorPoliciesDenyOutsideWindow, policy)).violations).toEqual([AFTER]);
  });

  test.each([
    ["an extra condition narrows it", { StringEquals: { "aws:username": "nobody" } }],
    ["its date does not parse", { DateGreaterThan: { "aws:CurrentTime": "end of November" } }],
  ])("Noncompliance 3: the deny after the end does not count when %s", async (_how, condition) => {
    const policy = resource(
      TYPES.userPolicy,
      "checkout-access",
      editPolicy("policy", (all) =>
        all.map((s) =>
          s.Sid === "EngagementDenyAfterEnd" ? { ...s, Condition: { ...(s.Condition as object), ...condition } } : s,
        ),
      ),
    );
    expect((await runResourceRule(contractorPoliciesDenyOutsideWindow, policy)).violations).toEqual([AFTER]);
  });

  test("Noncompliance 4: a policy that is not a JSON document", async () => {
    const policy = resource(TYPES.userPolicy, "checkout-access", (inputs) => {
      inputs.policy = "not json";
    });
    expect((await runResourceRule(contractorPoliciesDenyOutsideWindow, policy)).violations).toEqual([
      "The policy is not a JSON IAM policy document with a Statement, so its window deny cannot be checked.",
    ]);
  });

  test("Compliance: a policy of a user that is not a contractor's is not checked", async () => {
    const policy = resource(TYPES.userPolicy, "checkout-access", (inputs) => {
      Object.assign(inputs, { name: "deploy-bot-access", user: "deploy-bot", policy: "{}" });
    });
    expect((await runResourceRule(contractorPoliciesDenyOutsideWindow, policy)).violations).toEqual([]);
  });
});

const NO_MFA =
  'The policy has no MFA enforcement statement: add a statement with Effect "Deny", NotAction listing only the MFA self-service actions, Resource "*" and only the condition BoolIfExists aws:MultiFactorAuthPresent "false", so neither the password nor the access keys work without MFA.';
const MFA_POLICIES = CONTRACTOR_POLICIES.filter(([type]) => type !== TYPES.rolePolicy);
/** What the stack rule reports about one resource judged alone. */
const mfaMessages = async (judged: ResourceUnderTest) =>
  (await runStackRule(contractorPoliciesEnforceMfa, [judged])).map(({ message }) => message);
const editMfaDeny = (change: (statement: Record<string, unknown>) => Record<string, unknown>) =>
  editPolicy("policy", (all) => all.map((s) => (s.Sid === "DenyAllExceptListedIfNoMFA" ? change(s) : s)));

describe("contractorPoliciesEnforceMfa: contractor user policies and boundaries enforce MFA; contractor roles require it", () => {
  test("Compliance: no violation on the stack the component declared", async () => {
    const resources = stack.resources.map((recorded) => ({ ...recorded, dependencies: recorded.options.dependencies }));
    expect(await runStackRule(contractorPoliciesEnforceMfa, resources)).toEqual([]);
  });

  test("Noncompliance: each violation names the resource it is about", async () => {
    const policy = resource(TYPES.policy, "audit-boundary", withoutSid("IfNoMFA"));
    expect(await runStackRule(contractorPoliciesEnforceMfa, [policy])).toEqual([{ message: NO_MFA, urn: policy.urn }]);
  });

  test.each(MFA_POLICIES)("Noncompliance 1: %s %s without the MFA deny", async (type, name) => {
    const policy = resource(type, name, withoutSid("IfNoMFA"));
    expect(await mfaMessages(policy)).toEqual([NO_MFA]);
  });

  test("Noncompliance 2: the MFA deny checks Bool, which never matches calls signed with access keys", async () => {
    const policy = resource(
      TYPES.userPolicy,
      "audit-access",
      editMfaDeny((s) => ({ ...s, Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } } })),
    );
    expect(await mfaMessages(policy)).toEqual([NO_MFA]);
  });

  test("Noncompliance 3: the MFA deny exempts a whole service", async () => {
    const policy = resource(
      TYPES.policy,
      "checkout-boundary",
      editMfaDeny((s) => ({ ...s, NotAction: ["iam:*"] })),
    );
    expect(await mfaMessages(policy)).toEqual([
      "The MFA enforcement statement exempts whole services through a wildcard in NotAction: list the MFA self-service actions one by one.",
    ]);
  });

  test("Noncompliance 4: the production role can be assumed without MFA", async () => {
    const role = resource(
      TYPES.role,
      "checkout-production",
      editPolicy("assumeRolePolicy", (all) =>
        all.map((s) => ({ ...s, Condition: { ...(s.Condition as object), Bool: undefined } })),
      ),
    );
    expect(await mfaMessages(role)).toEqual([
      'The role\'s trust policy lets statement "AssumeWithMfaInsideApprovedWindow" assume the role without MFA: add the condition Bool aws:MultiFactorAuthPresent "true".',
      'The role\'s trust policy lets statement "SourceIdentityIsTheUserName" assume the role without MFA: add the condition Bool aws:MultiFactorAuthPresent "true".',
    ]);
  });

  test("Compliance: a role permission policy needs no MFA deny, since the role's trust policy requires MFA", async () => {
    const policy = resource(TYPES.rolePolicy, "checkout-production", withoutSid("IfNoMFA"));
    expect(await mfaMessages(policy)).toEqual([]);
  });
});

const TAGGED = [
  [TYPES.user, "checkout"],
  [TYPES.policy, "checkout-boundary"],
  [TYPES.role, "checkout-production"],
  [TYPES.user, "audit"],
] as const;
const lacking = (tags: string) =>
  `The resource lacks required tags: ${tags}. Tag every contractor resource so the console shows its engagement, owner, ticket and end.`;

describe("contractorResourcesTagged: every contractor user, role and managed policy carries the required tags", () => {
  test.each(TAGGED)("Noncompliance 1: %s %s without its ticket tag", async (type, name) => {
    const tagged = resource(type, name, (inputs) => {
      delete (inputs.tags as Record<string, string>)["contractor-access:ticket"];
    });
    expect((await runResourceRule(contractorResourcesTagged, tagged)).violations).toEqual([
      lacking("contractor-access:ticket"),
    ]);
  });

  test("Noncompliance 2: empty values and no tags at all", async () => {
    const empty = resource(TYPES.user, "checkout", (inputs) => {
      inputs.tags = { ...(inputs.tags as object), "contractor-access:owner": "", "contractor-access:ends": "" };
    });
    const none = resource(TYPES.role, "checkout-production", (inputs) => {
      delete inputs.tags;
    });
    expect((await runResourceRule(contractorResourcesTagged, empty)).violations).toEqual([
      lacking("contractor-access:owner, contractor-access:ends"),
    ]);
    expect((await runResourceRule(contractorResourcesTagged, none)).violations).toEqual([
      lacking(
        "contractor-access:engagement, contractor-access:owner, contractor-access:ticket, contractor-access:ends",
      ),
    ]);
  });

  test("Noncompliance 3: a tag key required by the pack's configuration", async () => {
    const config = { requiredTags: ["contractor-access:ticket", "cost-center"] };
    const outcome = await runResourceRule(contractorResourcesTagged, resource(TYPES.user, "audit"), config);
    expect(outcome.violations).toEqual([lacking("cost-center")]);
  });
});
