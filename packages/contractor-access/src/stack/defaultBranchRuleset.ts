import * as github from "@pulumi/github";

/** The ruleset's name on GitHub, so that people reading the repository's settings know where it comes from. */
export const DEFAULT_BRANCH_RULESET_NAME = "contractor-access: default branch by reviewed pull request";

/**
 * Declares the ruleset that makes a contractor's pushes reach the default
 * branch only through a pull request approved by a code owner: a `push`
 * grant otherwise lets them write to the default branch directly, and what
 * runs from it (deploy workflows, OIDC trust on the branch) with it. It also
 * blocks force pushes and deletion. It has no bypass actors at all, so no
 * contractor team can be one.
 *
 * It lives at stack level, like the organization membership, because
 * several engagements can push to one repository; the stack declares it
 * while any active engagement does, and removes it when the last one ends.
 * It does not stop workflows on other branches: see the review's warnings.
 *
 * @param repository The repository name (lowercase: GitHub names are case-insensitive).
 */
export function declareDefaultBranchRuleset(repository: string): github.RepositoryRuleset {
  return new github.RepositoryRuleset(`github-ruleset-${repository}`, {
    name: DEFAULT_BRANCH_RULESET_NAME,
    repository,
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
}
