import { beforeAll, describe, expect, test } from "vitest";
import { allPolicies, contractorPoliciesEnforceMfa } from "../packages/policy-pack/src/rules";
import { type ResourceUnderTest, runResourceRule, runStackRule } from "../packages/policy-pack/src/testing/policyArgs";
import { declarePolicyPackIdentityCenterStack } from "./support/policyPackStack";
import type { Recorder } from "./support/recorder";
import { TYPES } from "./support/types";

// The policy pack on a stack under `identity: identity-center`, declared by the real stack code under mocks
// while checkout's production window is open: permission sets for checkout, checkout's production and audit,
// each with its inline policy, boundary, boundary attachment and assignment, and one Identity Store user per person.
let stack: Recorder;

beforeAll(async () => {
  stack = await declarePolicyPackIdentityCenterStack();
});

const IC = {
  user: "aws:identitystore/user:User",
  permissionSet: "aws:ssoadmin/permissionSet:PermissionSet",
  inlinePolicy: "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
  boundaryAttachment: "aws:ssoadmin/permissionsBoundaryAttachment:PermissionsBoundaryAttachment",
  assignment: "aws:ssoadmin/accountAssignment:AccountAssignment",
} as const;

/** A resource as the stack rules see it: with the dependencies the engine recorded. */
type StackResource = ResourceUnderTest & { inputs: Record<string, unknown>; dependencies: readonly string[] };

/** The whole stack, with the resource of `type` named `name` changed (or left out when `change` returns false). */
function stackWith(type: string, name: string, change: (resource: StackResource) => boolean | undefined = () => true) {
  return stack.resources.flatMap((recorded): StackResource[] => {
    const resource = {
      ...recorded,
      inputs: structuredClone(recorded.inputs),
      dependencies: recorded.options.dependencies,
    };
    if (recorded.type !== type || recorded.name !== name) return [resource];
    return change(resource) === false ? [] : [resource];
  });
}

const urnOf = (type: string, name: string) => stack.find(type, name).urn;

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
