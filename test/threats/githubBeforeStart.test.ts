import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../../packages/contractor-access/src/engagement/engagementSchema";
import { provisioningDecision } from "../../packages/contractor-access/src/lifecycle/provisioningDecision";
import { ENGAGEMENT_INPUT, settingsWith } from "../../packages/contractor-access/src/testing/fixtures";
import { declareStackAt, namesOf } from "../support/declareStack";
import { TYPES } from "../support/types";

// Threat T4: GitHub access begins before the window. GitHub cannot deny by time, so anything declared there
// during `upcomingLeadDays` is usable at once. Control: the lead time provisions the AWS identity only (denied
// by policy until the start); the team, its grants, the team membership and the org membership wait for it.
const settings = settingsWith({ upcomingLeadDays: 3 });
const checkout = structuredClone(ENGAGEMENT_INPUT) as EngagementInput; // 2026-11-24 .. 2026-11-28, push to storefront
const GITHUB_TYPES = [TYPES.team, TYPES.teamRepository, TYPES.teamMembership, TYPES.membership, TYPES.ruleset];

function githubResources(resources: Awaited<ReturnType<typeof declareStackAt>>["resources"]): string[] {
  return GITHUB_TYPES.flatMap((type) => namesOf(resources, type));
}

describe("T4: nothing on GitHub before the engagement starts", () => {
  test("inside the lead time the IAM user exists and nothing on GitHub does", async () => {
    const { resources, stack } = await declareStackAt([checkout], settings, "2026-11-23T23:59:59Z");
    expect(namesOf(resources, TYPES.user)).toEqual(["checkout-fix-2026-11"]);
    expect(githubResources(resources)).toEqual([]);
    expect(stack.engagements.get("checkout-fix-2026-11")?.team).toBeUndefined();
    expect(stack.accessManifest.map(({ status, provisioned }) => [status, provisioned])).toEqual([["upcoming", true]]);
    const plan = stack.engagements.get("checkout-fix-2026-11")?.plan;
    expect(plan && provisioningDecision(plan, new Date("2026-11-23T23:59:59Z"), 3)).toEqual({
      status: "upcoming",
      provisioned: true,
      github: false,
      reason: "upcoming: AWS identity provisioned 3 days ahead, unusable until it starts; GitHub access from the start",
    });
  });

  test("at the start second the team, its grant, both memberships and the ruleset are declared", async () => {
    const { resources } = await declareStackAt([checkout], settings, "2026-11-24T00:00:00Z");
    expect(githubResources(resources)).toEqual([
      "checkout-fix-2026-11-team",
      "checkout-fix-2026-11-repo-storefront",
      "checkout-fix-2026-11-member",
      "github-member-dana-codes",
      "github-ruleset-storefront",
    ]);
  });

  test("an upcoming engagement does not keep a person in the organization", async () => {
    // Dana's second engagement starts later; only the active one may make her a member.
    const later: EngagementInput = {
      ...structuredClone(checkout),
      id: "later-work",
      window: { start: "2026-11-30", end: "2026-12-04" },
      lanes: { code: { repositories: [{ name: "storefront", permission: "push" }] } },
    };
    const { resources } = await declareStackAt([checkout, later], settings, "2026-11-29T00:00:00Z");
    expect(namesOf(resources, TYPES.engagement)).toEqual(["later-work"]);
    expect(githubResources(resources)).toEqual([]);
  });
});

describe("T4: the component's explicit switch", () => {
  test('github: "later" declares the AWS identity only', async () => {
    const { startMockEngine } = await import("../../packages/contractor-access/src/preview/mockEngine");
    const { recorder } = await import("../support/recorder");
    const engine = await startMockEngine({ project: "contractor-access", stack: "test" });
    const { ContractorEngagement } = await import(
      "../../packages/contractor-access/src/component/ContractorEngagement"
    );
    const github = await import("@pulumi/github");
    // A membership passed anyway is not used: "later" means nothing on GitHub.
    const organizationMembership = new github.Membership("github-member-dana-codes", { username: "dana-codes" });
    const component = new ContractorEngagement("early", {
      engagement: checkout,
      settings,
      github: "later",
      organizationMembership,
    });
    await engine.settle();
    const resources = recorder(engine);
    expect(githubResources(resources)).toEqual(["github-member-dana-codes"]);
    expect(namesOf(resources, TYPES.user)).toEqual(["early"]);
    expect([component.team, component.teamMembership, component.teamRepositories]).toEqual([undefined, undefined, {}]);
  });

  test('github: "later" needs no organization membership, while "now" with a code lane does', async () => {
    const { startMockEngine } = await import("../../packages/contractor-access/src/preview/mockEngine");
    const engine = await startMockEngine({ project: "contractor-access", stack: "test" });
    const { ContractorEngagement } = await import(
      "../../packages/contractor-access/src/component/ContractorEngagement"
    );
    expect(() => new ContractorEngagement("later", { engagement: checkout, settings, github: "later" })).not.toThrow();
    expect(() => new ContractorEngagement("now", { engagement: checkout, settings, github: "now" })).toThrow(
      'engagement "now" has a code lane but no organizationMembership',
    );
    await engine.settle();
  });
});
