import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../../packages/contractor-access/src/engagement/engagementSchema";
import { pushGrantWarnings } from "../../packages/contractor-access/src/report/pushGrantWarnings";
import { renderAccessReview } from "../../packages/contractor-access/src/report/renderAccessReview";
import { ENGAGEMENT_INPUT, settingsWith, validatedWith } from "../../packages/contractor-access/src/testing/fixtures";
import { declareStackAt, namesOf } from "../support/declareStack";
import { TYPES } from "../support/types";

// Threat T3: `push` on a repository gets around the review. A repository writer (the contractor, or a thief with
// their GitHub session) pushes straight to the default branch, where deploy workflows and OIDC trust live.
// Control: while any active engagement pushes to a repository, the stack declares a ruleset on its default
// branch (reviewed PR from code owners, no force push, no deletion, no bypass). Branch workflows are outside
// what a ruleset can stop: the review warns on every push grant instead.
const settings = settingsWith();
const coder = (id: string, end: string, permission: "pull" | "push", repository = "storefront"): EngagementInput => ({
  ...structuredClone(ENGAGEMENT_INPUT),
  id,
  window: { start: "2026-11-24", end },
  lanes: { code: { repositories: [{ name: repository, permission }] } },
  sharedSecrets: [],
});

describe("T3: a default-branch ruleset on every repository an active engagement pushes to", () => {
  test("the ruleset requires a code owner's approving review, blocks force pushes and deletion, and has no bypass", async () => {
    const { resources } = await declareStackAt(
      [coder("push-work", "2026-11-28", "push")],
      settings,
      "2026-11-25T00:00:00Z",
    );
    const ruleset = resources.find(TYPES.ruleset, "github-ruleset-storefront");
    expect(ruleset.inputs).toEqual({
      name: "contractor-access: default branch by reviewed pull request",
      repository: "storefront",
      target: "branch",
      enforcement: "active",
      conditions: { refName: { includes: ["~DEFAULT_BRANCH"], excludes: [] } },
      bypassActors: [],
      rules: {
        pullRequest: { requiredApprovingReviewCount: 1, requireCodeOwnerReview: true },
        nonFastForward: true,
        deletion: true,
      },
    });
    // Stack level, like the organization membership: no engagement's removal takes another's protection.
    expect(ruleset.parent).toBe(resources.find(TYPES.membership, "github-member-dana-codes").parent);
  });

  test("one ruleset per repository, kept while any engagement pushes there, removed after the last one ends", async () => {
    const engagements = [
      coder("push-short", "2026-11-26", "push"),
      coder("push-long", "2026-11-30", "push", "Storefront"),
      coder("read-only", "2026-11-30", "pull", "docs"),
    ];
    const rulesetsAt = async (now: string) =>
      namesOf((await declareStackAt(engagements, settings, now)).resources, TYPES.ruleset);
    expect(await rulesetsAt("2026-11-25T00:00:00Z")).toEqual(["github-ruleset-storefront"]);
    expect(await rulesetsAt("2026-11-27T00:00:00Z")).toEqual(["github-ruleset-storefront"]);
    expect(await rulesetsAt("2026-12-01T00:00:00Z")).toEqual([]);
  });

  test("read-only and triage grants get no ruleset", async () => {
    const { resources } = await declareStackAt(
      [coder("read-only", "2026-11-28", "pull")],
      settings,
      "2026-11-25T00:00:00Z",
    );
    expect(namesOf(resources, TYPES.ruleset)).toEqual([]);
  });
});

describe("T3: the review warns on every push grant about branch workflows and OIDC trust", () => {
  test("one warning per push grant of an engagement that has not ended", () => {
    const pushing = validatedWith("push-work", (draft) => {
      draft.lanes = {
        code: {
          repositories: [
            { name: "storefront", permission: "push" },
            { name: "docs", permission: "pull" },
          ],
        },
      };
    }).plan;
    expect(pushGrantWarnings([pushing], new Date("2026-11-25T00:00:00Z"), "acme")).toEqual([
      "`push-work` can push to storefront: workflows on its branches can read the repository's and organisation's Actions secrets unless they live in environments limited to protected branches, and AWS OIDC trust for storefront must name the protected ref or environment (`repo:acme/storefront:environment:<name>` or `:ref:refs/heads/<default branch>`), never the whole repository",
    ]);
    expect(pushGrantWarnings([pushing], new Date("2026-11-29T00:00:00Z"), "acme")).toEqual([]);
  });
});

describe("T3: the access review carries the push warning", () => {
  test("the review's warnings list it for a push grant and not for a read grant", () => {
    const engagements = [
      validatedWith("push-work", (draft) => {
        draft.lanes = { code: { repositories: [{ name: "storefront", permission: "push" }] } };
      }),
      validatedWith("read-work", (draft) => {
        draft.lanes = { code: { repositories: [{ name: "docs", permission: "pull" }] } };
      }),
    ];
    const review = renderAccessReview({
      input: { settings, engagements, warnings: [] },
      preview: { changeSummary: { create: 0 }, steps: [] },
      at: new Date("2026-11-25T00:00:00Z"),
    });
    const warnings = review.slice(review.indexOf("## Warnings"), review.indexOf("## Engagements"));
    expect(warnings.split("\n").filter((line) => line.includes("can push to"))).toEqual([
      "- `push-work` can push to storefront: workflows on its branches can read the repository's and organisation's Actions secrets unless they live in environments limited to protected branches, and AWS OIDC trust for storefront must name the protected ref or environment (`repo:acme/storefront:environment:<name>` or `:ref:refs/heads/<default branch>`), never the whole repository",
    ]);
    expect(warnings).not.toContain("docs");
  });
});
