import { beforeAll, describe, expect, test } from "vitest";
import {
  allPolicies,
  contractorPermissionSetAssignedToOnePerson,
  contractorPermissionSetHasPermissionsBoundary,
  contractorPermissionSetSessionsWithinMaximum,
  contractorPermissionSetsDenyOutsideWindow,
  contractorPoliciesEnforceMfa,
  contractorResourcesDeletable,
  contractorResourcesTagged,
} from "../packages/policy-pack/src/rules";
import {
  type ResourceUnderTest,
  runResourceRule,
  runStackRule,
  UNKNOWN_STRING,
} from "../packages/policy-pack/src/testing/policyArgs";
import {
  declarePolicyPackIdentityCenterStack,
  type StackResource,
  stackWith as stackWithChange,
} from "./support/policyPackStack";
import type { Recorder } from "./support/recorder";
import { IDENTITY_CENTER_TYPES as IC, TYPES } from "./support/types";

// The policy pack on a stack under `identity: identity-center`, declared by the real stack code under mocks
// while checkout's production window is open: permission sets for checkout, checkout's production and audit,
// each with its inline policy, boundary, boundary attachment and assignment, and one Identity Store user per person.
let stack: Recorder;

beforeAll(async () => {
  stack = await declarePolicyPackIdentityCenterStack();
});

/** The whole stack, with the resource of `type` named `name` changed (or left out when `change` returns false). */
const stackWith = (type: string, name: string, change?: (resource: StackResource) => boolean | undefined) =>
  stackWithChange(stack, type, name, change);

const urnOf = (type: string, name: string) => stack.find(type, name).urn;

/** A recorded resource with its inputs changed, as a resource rule takes it. */
function resource(type: string, name: string, change: (inputs: Record<string, unknown>) => void = () => {}) {
  const recorded = stack.find(type, name);
  const inputs = structuredClone(recorded.inputs);
  change(inputs);
  return { ...recorded, inputs } satisfies ResourceUnderTest;
}

/** A resource declared at the top of the stack, outside any component, as a stack written by hand declares it. */
function handWritten(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  dependencies: readonly string[] = [],
): StackResource {
  return { type, name, urn: `urn:pulumi:test::contractor-access::${type}::${name}`, parent: "", inputs, dependencies };
}

/** Changes the statements of a JSON policy input. */
function editPolicy(key: string, edit: (statements: Record<string, unknown>[]) => Record<string, unknown>[]) {
  return ({ inputs }: StackResource) => {
    const document = JSON.parse(String(inputs[key]));
    inputs[key] = JSON.stringify({ ...document, Statement: edit(document.Statement) });
    return true;
  };
}

const withoutSid = (suffix: string) =>
  editPolicy("inlinePolicy", (all) => all.filter((s) => !String(s.Sid).endsWith(suffix)));

test("the stack declared the Identity Center resources these tests judge, and no IAM user", () => {
  const names = (type: string) => stack.ofType(type).map((resource) => resource.name);
  const sets = ["checkout-fix-2026-11", "checkout-fix-2026-11-production", "ledger-audit-2026-11"];
  expect(names(IC.permissionSet)).toEqual(sets);
  for (const type of [IC.inlinePolicy, IC.boundaryAttachment, IC.assignment]) expect(names(type).sort()).toEqual(sets);
  expect(names(IC.user)).toEqual([
    "identity-center-user-dana@freelance.example",
    "identity-center-user-ari@audit.example",
  ]);
  expect(names(TYPES.user)).toEqual([]);
});

describe.each(allPolicies)("$name: the component's Identity Center stack complies", (rule) => {
  test("Compliance: no violation", async () => {
    if ("validateStack" in rule) {
      expect(await runStackRule(rule, stackWith("-", "-"))).toEqual([]);
      return;
    }
    for (const recorded of stack.resources) {
      expect((await runResourceRule(rule, recorded)).violations, `${recorded.type} ${recorded.name}`).toEqual([]);
    }
  });
});

const NO_MFA =
  'The policy has no MFA enforcement statement: add a statement with Effect "Deny", NotAction listing only the MFA self-service actions, Resource "*" and only the condition BoolIfExists aws:MultiFactorAuthPresent "false", so neither the password nor the access keys work without MFA.';

describe("contractorPoliciesEnforceMfa: a permission set's boundary needs no MFA Deny, an IAM user's still does", () => {
  test("the component gives the boundaries of permission sets no MFA Deny, which the stack rule accepts", () => {
    for (const boundary of stack.ofType(TYPES.policy)) {
      expect(String(boundary.inputs.policy), boundary.name).not.toMatch(/MultiFactorAuth/);
    }
  });

  test("Noncompliance 1: an IAM user also capped by the permission set's boundary", async () => {
    const boundary = stack.find(TYPES.policy, "checkout-fix-2026-11-boundary");
    const user: StackResource = {
      type: TYPES.user,
      name: "by-hand",
      urn: boundary.urn.replace(/::[^:]+$/, "::by-hand").replace(TYPES.policy, TYPES.user),
      inputs: { name: "contractor-by-hand", path: "/contractors/", permissionsBoundary: "arn:aws:iam::1:policy/x" },
      dependencies: [boundary.urn],
    };
    expect(await runStackRule(contractorPoliciesEnforceMfa, [...stackWith("-", "-"), user])).toEqual([
      { message: NO_MFA, urn: boundary.urn },
    ]);
  });

  test("Noncompliance 2: a contractor boundary nothing in the stack refers to keeps the check", async () => {
    const resources = stackWith(IC.boundaryAttachment, "ledger-audit-2026-11", () => false);
    expect(await runStackRule(contractorPoliciesEnforceMfa, resources)).toEqual([
      { message: NO_MFA, urn: urnOf(TYPES.policy, "ledger-audit-2026-11-boundary") },
    ]);
  });
});

const SETS = ["checkout-fix-2026-11", "checkout-fix-2026-11-production", "ledger-audit-2026-11"] as const;
const noDenyBefore = (name: string, urn = urnOf(IC.inlinePolicy, name)) => ({
  message: `Permission set inline policy "${name}" has no window deny before the start: add a statement with Effect "Deny", Action "*", Resource "*" and only the condition DateLessThan on aws:CurrentTime, so sessions are refused before the window opens.`,
  urn,
});
const noDenyAfter = (name: string, urn = urnOf(IC.inlinePolicy, name)) => ({
  message: `Permission set inline policy "${name}" has no window deny after the end: add a statement with Effect "Deny", Action "*", Resource "*" and only the condition DateGreaterThan on aws:CurrentTime, so sessions already issued end when the window closes even if no pipeline runs.`,
  urn,
});

describe("contractorPermissionSetsDenyOutsideWindow: every contractor permission set's inline policy denies everything outside its window", () => {
  test("the component's inline policies carry the window denies (Engagement* or Production*) and no MFA statement", () => {
    const sids = (name: string) =>
      JSON.parse(String(stack.find(IC.inlinePolicy, name).inputs.inlinePolicy)).Statement.map(
        (statement: { Sid: string }) => statement.Sid,
      );
    expect(sids("checkout-fix-2026-11").slice(0, 2)).toEqual(["EngagementDenyBeforeStart", "EngagementDenyAfterEnd"]);
    expect(sids("checkout-fix-2026-11-production").slice(0, 2)).toEqual([
      "ProductionDenyBeforeStart",
      "ProductionDenyAfterEnd",
    ]);
    for (const name of SETS)
      expect(String(stack.find(IC.inlinePolicy, name).inputs.inlinePolicy)).not.toMatch(/MultiFactorAuth/);
  });

  test.each(SETS)("Noncompliance 1: %s without the deny before the start", async (name) => {
    const resources = stackWith(IC.inlinePolicy, name, withoutSid("DenyBeforeStart"));
    expect(await runStackRule(contractorPermissionSetsDenyOutsideWindow, resources)).toEqual([noDenyBefore(name)]);
  });

  test.each(SETS)("Noncompliance 2: %s without the deny after the end", async (name) => {
    const resources = stackWith(IC.inlinePolicy, name, withoutSid("DenyAfterEnd"));
    expect(await runStackRule(contractorPermissionSetsDenyOutsideWindow, resources)).toEqual([noDenyAfter(name)]);
  });

  test("Noncompliance 3: the deny after the end does not count when an extra condition narrows it", async () => {
    const resources = stackWith(
      IC.inlinePolicy,
      "checkout-fix-2026-11-production",
      editPolicy("inlinePolicy", (all) =>
        all.map((s) =>
          s.Sid === "ProductionDenyAfterEnd"
            ? { ...s, Condition: { ...(s.Condition as object), StringEquals: { "aws:username": "nobody" } } }
            : s,
        ),
      ),
    );
    expect(await runStackRule(contractorPermissionSetsDenyOutsideWindow, resources)).toEqual([
      noDenyAfter("checkout-fix-2026-11-production"),
    ]);
  });

  test("Noncompliance 4: a contractor permission set with no inline policy at all", async () => {
    const resources = stackWith(IC.inlinePolicy, "ledger-audit-2026-11", () => false);
    expect(await runStackRule(contractorPermissionSetsDenyOutsideWindow, resources)).toEqual([
      {
        message:
          'Contractor permission set "ledger-audit-2026-11" has no inline policy, so nothing denies its sessions outside the window: declare a PermissionSetInlinePolicy for it whose policy carries the window denies.',
        urn: urnOf(IC.permissionSet, "ledger-audit-2026-11"),
      },
    ]);
  });

  test("Noncompliance 5: an inline policy that is not a JSON document", async () => {
    const resources = stackWith(IC.inlinePolicy, "checkout-fix-2026-11", ({ inputs }) => {
      inputs.inlinePolicy = "not json";
      return true;
    });
    expect(await runStackRule(contractorPermissionSetsDenyOutsideWindow, resources)).toEqual([
      {
        message:
          'Permission set inline policy "checkout-fix-2026-11" is not a JSON IAM policy document with a Statement, so its window deny cannot be checked.',
        urn: urnOf(IC.inlinePolicy, "checkout-fix-2026-11"),
      },
    ]);
  });

  test("Noncompliance 6: inside an engagement, an inline policy whose set the stack does not declare is still checked", async () => {
    const set = urnOf(IC.permissionSet, "ledger-audit-2026-11");
    const resources = stackWith(IC.inlinePolicy, "ledger-audit-2026-11", withoutSid("DenyAfterEnd")).filter(
      (resource) => resource.urn !== set,
    );
    expect(await runStackRule(contractorPermissionSetsDenyOutsideWindow, resources)).toEqual([
      noDenyAfter("ledger-audit-2026-11"),
    ]);
  });

  test.each([
    ["its contractor- name", { name: "contractor-by-hand" }],
    ["its engagement tag", { name: "by-hand", tags: { "contractor-access:engagement": "by-hand" } }],
  ])("Noncompliance 7: a set written by hand outside any engagement, recognised by %s", async (_how, inputs) => {
    const set = handWritten(IC.permissionSet, "by-hand", { instanceArn: "arn:aws:sso:::instance/x", ...inputs });
    const inline = handWritten(
      IC.inlinePolicy,
      "by-hand",
      { permissionSetArn: "arn:aws:sso:::permissionSet/x/ps-1", inlinePolicy: JSON.stringify({ Statement: [] }) },
      [set.urn],
    );
    expect(await runStackRule(contractorPermissionSetsDenyOutsideWindow, [set, inline])).toEqual([
      noDenyBefore("by-hand", inline.urn),
      noDenyAfter("by-hand", inline.urn),
    ]);
  });

  test("Compliance: a set written by hand that is not a contractor's is not checked", async () => {
    const set = handWritten(IC.permissionSet, "platform-admins", { name: "platform-admins", tags: { team: "sre" } });
    const inline = handWritten(IC.inlinePolicy, "platform-admins", { inlinePolicy: "{}" }, [set.urn]);
    const bare = handWritten(IC.permissionSet, "readers", { name: "readers" });
    expect(await runStackRule(contractorPermissionSetsDenyOutsideWindow, [set, inline, bare])).toEqual([]);
  });
});

const CONTRACTOR_BOUND = "PT4H, the most for a contractor set (maxSessionHours)";
const PRODUCTION_BOUND = "PT1H, the most for a production set (named *.prod)";
const tooLong = (duration: string, bound: string) =>
  `The contractor permission set lets sessions last ${duration}, more than ${bound}. Removing the assignment ends no session already issued, so a suspension or revocation waits for it to expire.`;
const sessionOf = (name: string, duration: string | undefined) =>
  resource(IC.permissionSet, name, (inputs) => {
    if (duration === undefined) delete inputs.sessionDuration;
    else inputs.sessionDuration = duration;
  });
const sessionViolations = async (set: ResourceUnderTest, config: object = {}) =>
  (await runResourceRule(contractorPermissionSetSessionsWithinMaximum, set, config)).violations;

describe("contractorPermissionSetSessionsWithinMaximum: contractor sessions last at most maxSessionHours, production ones an hour", () => {
  test("the component declares 4-hour sets, and a one-hour production set whose hashed name keeps the .prod suffix", () => {
    const sessions = stack.ofType(IC.permissionSet).map((set) => [set.inputs.name, set.inputs.sessionDuration]);
    expect(sessions).toEqual([
      ["contractor-checkout-fix-2026-11", "PT4H"],
      ["contractor-checkout.1d3cf9.prod", "PT1H"],
      ["contractor-ledger-audit-2026-11", "PT4H"],
    ]);
  });

  test.each([
    ["checkout-fix-2026-11", "PT12H", { maxSessionHours: 12 }],
    ["checkout-fix-2026-11", "PT3H59M59S", {}],
    ["checkout-fix-2026-11-production", "PT60M", { maxSessionHours: 12 }],
  ])("Compliance: %s lasting %s with %j", async (name, duration, config) => {
    expect(await sessionViolations(sessionOf(name, duration), config)).toEqual([]);
  });

  test.each([
    ["1", "ledger-audit-2026-11", "PT5H", {}, CONTRACTOR_BOUND],
    ["2", "checkout-fix-2026-11", "PT4H1M", {}, CONTRACTOR_BOUND],
    [
      "3",
      "checkout-fix-2026-11",
      "PT8H",
      { maxSessionHours: 6 },
      "PT6H, the most for a contractor set (maxSessionHours)",
    ],
    ["4", "checkout-fix-2026-11-production", "PT4H", {}, PRODUCTION_BOUND],
    ["5", "checkout-fix-2026-11-production", "PT1H30M", { maxSessionHours: 12 }, PRODUCTION_BOUND],
  ])("Noncompliance %s: %s lasting %s with %j", async (_case, name, duration, config, bound) => {
    expect(await sessionViolations(sessionOf(name, duration), config)).toEqual([tooLong(duration, bound)]);
  });

  test.each([
    ["checkout-fix-2026-11", undefined, CONTRACTOR_BOUND],
    ["checkout-fix-2026-11-production", "", PRODUCTION_BOUND],
  ])("Noncompliance 6: %s declares no sessionDuration (%j)", async (name, duration, bound) => {
    expect(await sessionViolations(sessionOf(name, duration))).toEqual([
      `The contractor permission set declares no sessionDuration: declare one of at most ${bound}, so that the stack, not the provider's default, decides how long a session outlives a removed assignment.`,
    ]);
  });

  test.each([["P1D"], ["4 hours"], ["PT"]])("Noncompliance 7: a sessionDuration of %s", async (duration) => {
    expect(await sessionViolations(sessionOf("ledger-audit-2026-11", duration))).toEqual([
      `The contractor permission set's sessionDuration "${duration}" is not an ISO 8601 duration of hours, minutes and seconds such as PT4H, so its length cannot be checked.`,
    ]);
  });

  test("Noncompliance 8: a production set written by hand outside any engagement", async () => {
    const set = handWritten(IC.permissionSet, "by-hand", { name: "contractor-by-hand.prod", sessionDuration: "PT2H" });
    expect(await sessionViolations(set)).toEqual([tooLong("PT2H", PRODUCTION_BOUND)]);
  });

  test("Compliance: a set written by hand that is not a contractor's is not checked", async () => {
    const set = handWritten(IC.permissionSet, "platform-admins", { name: "platform-admins", sessionDuration: "PT12H" });
    expect(await runResourceRule(contractorPermissionSetSessionsWithinMaximum, set)).toEqual({
      applicable: true,
      violations: [],
    });
  });
});

const noBoundary = (name: string, urn = urnOf(IC.permissionSet, name)) => ({
  message: `Contractor permission set "${name}" has no permissions boundary: declare a PermissionsBoundaryAttachment whose permissionSetArn is the set's, naming the engagement's boundary policy, so that no policy attached to the set later can widen its access.`,
  urn,
});

describe("contractorPermissionSetHasPermissionsBoundary: every contractor permission set is capped by a boundary", () => {
  test.each(SETS)("Noncompliance 1: %s without its boundary attachment", async (name) => {
    const resources = stackWith(IC.boundaryAttachment, name, () => false);
    expect(await runStackRule(contractorPermissionSetHasPermissionsBoundary, resources)).toEqual([noBoundary(name)]);
  });

  test("Noncompliance 2: an attachment that does not depend on the set, so nothing shows which set it caps", async () => {
    const resources = stackWith(IC.boundaryAttachment, "checkout-fix-2026-11", (resource) => {
      resource.dependencies = resource.dependencies.filter((urn) => !urn.includes("PermissionSet::"));
      return true;
    });
    expect(await runStackRule(contractorPermissionSetHasPermissionsBoundary, resources)).toEqual([
      noBoundary("checkout-fix-2026-11"),
    ]);
  });

  test.each([
    ["removed", undefined],
    ["a reference with no name", { customerManagedPolicyReference: { path: "/contractors/" } }],
  ])("Noncompliance 3: the attachment's permissionsBoundary %s", async (_how, value) => {
    const resources = stackWith(IC.boundaryAttachment, "checkout-fix-2026-11-production", ({ inputs }) => {
      if (value === undefined) delete inputs.permissionsBoundary;
      else inputs.permissionsBoundary = value;
      return true;
    });
    expect(await runStackRule(contractorPermissionSetHasPermissionsBoundary, resources)).toEqual([
      {
        message:
          'The permissions boundary attachment of contractor permission set "checkout-fix-2026-11-production" names no policy: set permissionsBoundary to the engagement\'s boundary policy (customerManagedPolicyReference), so that no policy attached to the set later can widen its access.',
        urn: urnOf(IC.permissionSet, "checkout-fix-2026-11-production"),
      },
    ]);
  });

  test("Noncompliance 4: a contractor set written by hand with no attachment", async () => {
    const set = handWritten(IC.permissionSet, "by-hand", { name: "contractor-by-hand", sessionDuration: "PT1H" });
    expect(await runStackRule(contractorPermissionSetHasPermissionsBoundary, [...stackWith("-", "-"), set])).toEqual([
      noBoundary("by-hand", set.urn),
    ]);
  });

  test.each([
    ["a managed policy by ARN", { managedPolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" }],
    ["a boundary not yet known during preview", UNKNOWN_STRING],
    ["a policy name not yet known during preview", { customerManagedPolicyReference: { name: UNKNOWN_STRING } }],
  ])("Compliance: an attachment naming %s", async (_how, value) => {
    const resources = stackWith(IC.boundaryAttachment, "ledger-audit-2026-11", ({ inputs }) => {
      inputs.permissionsBoundary = value;
      return true;
    });
    expect(await runStackRule(contractorPermissionSetHasPermissionsBoundary, resources)).toEqual([]);
  });

  test("Compliance: a set written by hand that is not a contractor's is not checked", async () => {
    const set = handWritten(IC.permissionSet, "platform-admins", { name: "platform-admins" });
    expect(await runStackRule(contractorPermissionSetHasPermissionsBoundary, [set])).toEqual([]);
  });
});

const lacking = (tags: string) =>
  `The resource lacks required tags: ${tags}. Tag every contractor resource so the console shows its engagement, owner, ticket and end.`;

describe("contractorResourcesTagged: contractor permission sets carry the required tags", () => {
  test.each(SETS)("Noncompliance 1: %s without its ticket tag", async (name) => {
    const set = resource(IC.permissionSet, name, (inputs) => {
      delete (inputs.tags as Record<string, string>)["contractor-access:ticket"];
    });
    expect((await runResourceRule(contractorResourcesTagged, set)).violations).toEqual([
      lacking("contractor-access:ticket"),
    ]);
  });

  test("Noncompliance 2: a contractor set written by hand with no tags at all", async () => {
    const set = handWritten(IC.permissionSet, "by-hand", { name: "contractor-by-hand" });
    expect((await runResourceRule(contractorResourcesTagged, set)).violations).toEqual([
      lacking(
        "contractor-access:engagement, contractor-access:owner, contractor-access:ticket, contractor-access:ends",
      ),
    ]);
  });

  test("Compliance: a set written by hand that is not a contractor's is not checked", async () => {
    const set = handWritten(IC.permissionSet, "platform-admins", { name: "platform-admins" });
    expect((await runResourceRule(contractorResourcesTagged, set)).violations).toEqual([]);
  });
});

const pinned = (name: string) =>
  `The contractor resource "${name}" sets protect, so removing its engagement or destroying the stack would leave it, and the access it grants, in place. Remove protect: the engagement's end date decides how long access lasts.`;

describe("contractorResourcesDeletable: no contractor permission set, attachment or assignment is protected", () => {
  test.each([IC.permissionSet, IC.inlinePolicy, IC.boundaryAttachment, IC.assignment])(
    "Noncompliance 1: the component's %s of checkout's production, protected",
    async (type) => {
      const protectedOne = { ...resource(type, "checkout-fix-2026-11-production"), options: { protect: true } };
      expect((await runResourceRule(contractorResourcesDeletable, protectedOne)).violations).toEqual([
        pinned("checkout-fix-2026-11-production"),
      ]);
    },
  );

  test("Noncompliance 2: a contractor set written by hand, protected", async () => {
    const set = handWritten(IC.permissionSet, "by-hand", { name: "contractor-by-hand-prod" });
    expect(
      (await runResourceRule(contractorResourcesDeletable, { ...set, options: { protect: true } })).violations,
    ).toEqual([pinned("by-hand")]);
  });

  test("Compliance: a protected set written by hand that is not a contractor's", async () => {
    const set = handWritten(IC.permissionSet, "platform-admins", { name: "platform-admins" });
    expect(
      (await runResourceRule(contractorResourcesDeletable, { ...set, options: { protect: true } })).violations,
    ).toEqual([]);
  });
});

describe("contractorPermissionSetAssignedToOnePerson: a contractor's set reaches one user, never a group", () => {
  test("Compliance: the component's stack, each set assigned once to the person's user", async () => {
    expect(await runStackRule(contractorPermissionSetAssignedToOnePerson, stackWith("-", "-"))).toEqual([]);
  });

  test("Noncompliance 1: the assignment changed to a group", async () => {
    const resources = stackWith(IC.assignment, "checkout-fix-2026-11", ({ inputs }) => {
      inputs.principalType = "GROUP";
      return true;
    });
    expect(await runStackRule(contractorPermissionSetAssignedToOnePerson, resources)).toEqual([
      {
        message:
          "Contractor permission set \"checkout-fix-2026-11\" is assigned to a GROUP: everyone in it would get the contractor's access, now and later, outside any engagement's review. Assign it to the contractor's user (principalType USER).",
        urn: urnOf(IC.assignment, "checkout-fix-2026-11"),
      },
    ]);
  });

  test("Noncompliance 2: a second assignment, written by hand, to another user", async () => {
    const original = stack.find(IC.assignment, "checkout-fix-2026-11");
    const second = handWritten(
      IC.assignment,
      "shared",
      { ...structuredClone(original.inputs), principalId: "9067d8b2a1-00000000-1234-5678-9abc-def012345678" },
      original.options.dependencies,
    );
    const resources = [...stackWith("-", "-"), second];
    expect(await runStackRule(contractorPermissionSetAssignedToOnePerson, resources)).toEqual([
      {
        message:
          'Contractor permission set "checkout-fix-2026-11" is assigned to 2 different principals: one engagement is one person\'s access, so that the record names who acted. Give each person their own engagement.',
        urn: urnOf(IC.permissionSet, "checkout-fix-2026-11"),
      },
    ]);
  });

  test("Compliance: a principal not yet known during preview counts as the one person", async () => {
    const resources = stackWith(IC.assignment, "ledger-audit-2026-11", ({ inputs }) => {
      inputs.principalId = UNKNOWN_STRING;
      return true;
    });
    expect(await runStackRule(contractorPermissionSetAssignedToOnePerson, resources)).toEqual([]);
  });
});
