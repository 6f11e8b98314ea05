import { beforeAll, describe, expect, test } from "vitest";
import { accessKeysRotateWithinMaximum, engagementTeamPermissionAtMostPush } from "../packages/policy-pack/src/rules";
import { type ResourceUnderTest, runStackRule } from "../packages/policy-pack/src/testing/policyArgs";
import { declarePolicyPackStack, type StackResource, stackWith as stackWithChange } from "./support/policyPackStack";
import type { Recorder } from "./support/recorder";
import { TYPES } from "./support/types";

// The stack rules of the policy pack, fed with the whole stack the real component declares under mocks:
// every lane with push and keys rotating every 30 days (checkout), keys only (audit), code only (docs).
let stack: Recorder;

beforeAll(async () => {
  stack = await declarePolicyPackStack();
});

/** The whole stack, with one resource's inputs (or the resource itself) changed. */
const stackWith = (type: string, name: string, change?: (resource: StackResource) => void) =>
  stackWithChange(stack, type, name, change);

const urnOf = (type: string, name: string) => stack.find(type, name).urn;

describe("engagementTeamPermissionAtMostPush: engagement teams get at most push on any repository", () => {
  test("Compliance: the component's grants (push, pull, triage) produce no violation", async () => {
    expect(stack.ofType(TYPES.teamRepository).map((grant) => grant.inputs.permission)).toEqual([
      "push",
      "pull",
      "triage",
    ]);
    expect(await runStackRule(engagementTeamPermissionAtMostPush, stackWith(TYPES.team, "-"))).toEqual([]);
  });

  test.each([
    ["1", "checkout-repo-storefront", "admin", "storefront", "contractor-checkout-fix-2026-11"],
    ["2", "docs-repo-handbook", "maintain", "handbook", "contractor-docs-refresh-2026-11"],
    ["3", "docs-repo-docs", "security-manager", "docs", "contractor-docs-refresh-2026-11"],
  ])("Noncompliance %s: %s grants %s", async (_case, name, permission, repository, team) => {
    const resources = stackWith(TYPES.teamRepository, name, ({ inputs }) => {
      inputs.permission = permission;
    });
    expect(await runStackRule(engagementTeamPermissionAtMostPush, resources)).toEqual([
      {
        message: `Team repository "${name}" grants "${permission}" on repository "${repository}" to engagement team "${team}". Engagement teams get at most push (pull, triage or push); a wider need is a new, reviewed request.`,
        urn: urnOf(TYPES.teamRepository, name),
      },
    ]);
  });

  test("Noncompliance 4: admin for a team the stack does not declare", async () => {
    const resources = stackWith(TYPES.teamRepository, "checkout-repo-storefront", (resource) => {
      resource.inputs.permission = "admin";
      resource.dependencies = [];
    });
    expect(await runStackRule(engagementTeamPermissionAtMostPush, resources)).toEqual([
      {
        message:
          'Team repository "checkout-repo-storefront" grants "admin" on repository "storefront" to a team this stack does not declare, so it may be an engagement team. Engagement teams get at most push (pull, triage or push); a wider need is a new, reviewed request.',
        urn: urnOf(TYPES.teamRepository, "checkout-repo-storefront"),
      },
    ]);
  });

  test("Compliance: admin for a declared team that is not an engagement team", async () => {
    const resources = stackWith(TYPES.team, "docs-team", ({ inputs }) => {
      inputs.name = "platform";
    }).map((resource) =>
      resource.name === "docs-repo-docs"
        ? { ...resource, inputs: { ...resource.inputs, permission: "admin" } }
        : resource,
    );
    expect(await runStackRule(engagementTeamPermissionAtMostPush, resources)).toEqual([]);
  });
});

const overdue = (key: string, days: number, today: string, max: number) => ({
  message: `Access key "${key}" belongs to a rotation period that started ${days} days before ${today}; contractor keys rotate within ${max} days. Run pulumi up to replace it.`,
  urn: urnOf(TYPES.accessKey, key),
});

describe("accessKeysRotateWithinMaximum: contractor keys belong to a rotation period at most maxKeyRotationDays old", () => {
  test.each([
    ["the day after the component declared them", { now: "2026-11-25T00:00:00Z" }],
    ["the last second of day 30 with a 30-day maximum", { now: "2026-12-24T23:59:59Z", maxKeyRotationDays: 30 }],
  ])("Compliance: %s", async (_when, config) => {
    expect(stack.ofType(TYPES.accessKey).map((key) => key.name)).toEqual([
      "checkout-key-2026-11-24",
      "audit-key-2026-11-24",
    ]);
    expect(await runStackRule(accessKeysRotateWithinMaximum, stackWith(TYPES.accessKey, "-"), config)).toEqual([]);
  });

  test.each([
    ["1", { now: "2026-12-25T00:00:00Z", maxKeyRotationDays: 30 }, 31, "2026-12-25", 30],
    ["2", { now: "2027-02-23T08:00:00Z" }, 91, "2027-02-23", 90],
  ])("Noncompliance %s: keys older than the maximum", async (_case, config, days, today, max) => {
    expect(await runStackRule(accessKeysRotateWithinMaximum, stackWith(TYPES.accessKey, "-"), config)).toEqual([
      overdue("checkout-key-2026-11-24", days, today, max),
      overdue("audit-key-2026-11-24", days, today, max),
    ]);
  });

  test.each([["checkout-key"], ["checkout-key-2026-02-30"]])("Noncompliance 3: a key named %s", async (name) => {
    const resources = stackWith(TYPES.accessKey, "checkout-key-2026-11-24", (resource) => {
      resource.name = name;
    });
    expect(await runStackRule(accessKeysRotateWithinMaximum, resources, { now: "2026-11-25T00:00:00Z" })).toEqual([
      {
        message: `Access key "${name}" has no rotation label: its name must end in -key-YYYY-MM-DD, the first day of its rotation period, so that each new period declares a new key and deletes the old one.`,
        urn: urnOf(TYPES.accessKey, "checkout-key-2026-11-24"),
      },
    ]);
  });

  test("Noncompliance 4: a label far ahead postpones rotation", async () => {
    const resources = stackWith(TYPES.accessKey, "audit-key-2026-11-24", (resource) => {
      resource.name = "audit-key-2027-06-01";
    });
    expect(await runStackRule(accessKeysRotateWithinMaximum, resources, { now: "2026-11-25T00:00:00Z" })).toEqual([
      {
        message:
          'Access key "audit-key-2027-06-01" is labelled 188 days after 2026-11-25, more than 90 days ahead, which would postpone its rotation.',
        urn: urnOf(TYPES.accessKey, "audit-key-2026-11-24"),
      },
    ]);
  });

  test("Noncompliance 5: a key whose user the stack does not declare, recognised by the user's name", async () => {
    const resources = stackWith(TYPES.accessKey, "audit-key-2026-11-24", (resource) => {
      resource.dependencies = [];
    });
    expect(await runStackRule(accessKeysRotateWithinMaximum, resources, { now: "2027-02-23T00:00:00Z" })).toEqual([
      overdue("checkout-key-2026-11-24", 91, "2027-02-23", 90),
      overdue("audit-key-2026-11-24", 91, "2027-02-23", 90),
    ]);
  });

  test("Noncompliance 6: a now setting that is not an instant", async () => {
    expect(await runStackRule(accessKeysRotateWithinMaximum, stackWith(TYPES.accessKey, "-"), { now: "soon" })).toEqual(
      [{ message: 'The policy\'s "now" setting "soon" is not an ISO 8601 instant.' }],
    );
  });

  test("Compliance: the key of a user outside /contractors/ is not checked", async () => {
    const resources = stackWith(TYPES.user, "audit", ({ inputs }) => {
      inputs.path = "/staff/";
    });
    expect(await runStackRule(accessKeysRotateWithinMaximum, resources, { now: "2027-02-23T00:00:00Z" })).toEqual([
      overdue("checkout-key-2026-11-24", 91, "2027-02-23", 90),
    ]);
  });
});
