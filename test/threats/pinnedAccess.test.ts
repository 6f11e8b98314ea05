import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../../packages/contractor-access/src/engagement/engagementSchema";
import { startMockEngine } from "../../packages/contractor-access/src/preview/mockEngine";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../../packages/contractor-access/src/testing/fixtures";
import { contractorResourcesDeletable } from "../../packages/policy-pack/src/rules";
import { runResourceRule } from "../../packages/policy-pack/src/testing/policyArgs";
import { recorder } from "../support/recorder";
import { TYPES } from "../support/types";

// Threat T8c: access pinned in place. `protect` or `retainOnDelete` on the component is inherited by every child,
// so removing the engagement or `pulumi destroy` leaves the user, its keys and its team behind (protect even fails
// the destroy). Attacker: anyone who can edit the stack program, by mistake or to keep a contractor's access.
// Control: the component refuses both options, and the policy pack flags `protect` on any contractor resource.
const engagement = structuredClone(ENGAGEMENT_INPUT) as EngagementInput;

describe("T8c: ContractorEngagement refuses options that pin access in place", () => {
  test.each([
    [{ protect: true }, '"protect"'],
    [{ retainOnDelete: true }, '"retainOnDelete"'],
    [{ protect: true, retainOnDelete: true }, '"protect" and "retainOnDelete"'],
  ])("%j is refused with a ResourceError, and nothing is declared", async (opts, named) => {
    const engine = await startMockEngine({ project: "contractor-access", stack: "test" });
    const pulumi = await import("@pulumi/pulumi");
    const { ContractorEngagement } = await import(
      "../../packages/contractor-access/src/component/ContractorEngagement"
    );
    const declare = () => new ContractorEngagement("pinned", { engagement, settings: SETTINGS_INPUT }, opts);
    expect(declare).toThrow(pulumi.ResourceError);
    expect(declare).toThrow(
      `engagement "pinned" sets ${named}; every child would inherit it and outlive the engagement, so revocation would leave access in place. Remove the option: the engagement's end date is what keeps or ends its access`,
    );
    await engine.settle();
    expect(engine.resources).toEqual([]);
  });
});

describe("contractorResourcesDeletable: no contractor resource is protected or retained on delete", () => {
  async function declared() {
    const engine = await startMockEngine({ project: "contractor-access", stack: "test" });
    const github = await import("@pulumi/github");
    const aws = await import("@pulumi/aws");
    const { ContractorEngagement } = await import(
      "../../packages/contractor-access/src/component/ContractorEngagement"
    );
    const membership = new github.Membership("github-member-dana-codes", { username: "dana-codes", role: "member" });
    // protect: false is accepted, and not passed on: the children are recorded with no protect at all.
    new ContractorEngagement(
      "checkout",
      { engagement, settings: SETTINGS_INPUT, organizationMembership: membership },
      { protect: false, retainOnDelete: false },
    );
    new aws.iam.User("by-hand", { name: "contractor-by-hand", path: "/contractors/" }, { protect: true });
    new aws.iam.User("employee", { name: "priya", path: "/" }, { protect: true });
    await engine.settle();
    return recorder(engine);
  }

  test("Compliance: every resource the component declared, with no pinning option", async () => {
    const resources = await declared();
    const children = resources.descendantsOf(resources.find(TYPES.engagement, "checkout").urn);
    expect(children.length).toBeGreaterThan(5);
    // Not even `false` reaches a child: the engine records no protect or retainOnDelete at all.
    expect(
      children.filter(({ options }) => options.protect !== undefined || options.retainOnDelete !== undefined),
    ).toEqual([]);
    for (const child of children) {
      expect((await runResourceRule(contractorResourcesDeletable, child)).violations, child.name).toEqual([]);
    }
  });

  test("Compliance: a protected resource that is not a contractor's", async () => {
    const employee = (await declared()).find(TYPES.user, "employee");
    expect((await runResourceRule(contractorResourcesDeletable, employee)).violations).toEqual([]);
  });

  test("Noncompliance 1: a protected contractor user declared by hand", async () => {
    const byHand = (await declared()).find(TYPES.user, "by-hand");
    expect((await runResourceRule(contractorResourcesDeletable, byHand)).violations).toEqual([
      'The contractor resource "by-hand" sets protect, so removing its engagement or destroying the stack would leave it, and the access it grants, in place. Remove protect: the engagement\'s end date decides how long access lasts.',
    ]);
  });

  test("Noncompliance 2: any child of the component, found by its URN, protected or retained", async () => {
    const team = (await declared()).find(TYPES.teamMembership, "checkout-member");
    const pinned = { ...team, options: { protect: true, retainOnDelete: true } };
    expect((await runResourceRule(contractorResourcesDeletable, pinned)).violations).toEqual([
      'The contractor resource "checkout-member" sets protect, so removing its engagement or destroying the stack would leave it, and the access it grants, in place. Remove protect: the engagement\'s end date decides how long access lasts.',
      'The contractor resource "checkout-member" sets retainOnDelete, so removing its engagement or destroying the stack would leave it, and the access it grants, in place. Remove retainOnDelete: the engagement\'s end date decides how long access lasts.',
    ]);
  });
});
