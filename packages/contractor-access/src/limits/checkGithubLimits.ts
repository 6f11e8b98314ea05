import { checkGithubRepositoryName, checkGithubUsername } from "./githubNames";
import { checkGithubTeamDescription, checkGithubTeamName } from "./githubTeam";
import type { LimitViolation } from "./limitViolation";

/** A planned GitHub team. @example const team: PlannedGithubTeam = { kind: "team", logicalName: "x", name: "contractor-x" }; */
export interface PlannedGithubTeam {
  readonly kind: "team";
  /** Logical (Pulumi) name; every violation names it. */
  readonly logicalName: string;
  /** Team name. */
  readonly name: string;
  /** Team description, kept in full (GitHub accepts any Unicode). */
  readonly description?: string;
}

/** A planned grant of a team on a repository. @example const grant: PlannedGithubRepositoryAccess = { kind: "repositoryAccess", logicalName: "x-repo-api", repository: "api" }; */
export interface PlannedGithubRepositoryAccess {
  readonly kind: "repositoryAccess";
  /** Logical (Pulumi) name. */
  readonly logicalName: string;
  /** Repository name without its owner. */
  readonly repository: string;
}

/** A planned membership of a person (in a team or the organization). @example const member: PlannedGithubMembership = { kind: "membership", logicalName: "x-member", username: "octocat" }; */
export interface PlannedGithubMembership {
  readonly kind: "membership";
  /** Logical (Pulumi) name. */
  readonly logicalName: string;
  /** GitHub username. */
  readonly username: string;
}

/** Every GitHub resource `checkGithubLimits` checks. @example const resource: PlannedGithubResource = { kind: "membership", logicalName: "m", username: "octocat" }; */
export type PlannedGithubResource = PlannedGithubTeam | PlannedGithubRepositoryAccess | PlannedGithubMembership;

/**
 * Checks a planned set of GitHub resources against GitHub's limits (and our
 * conservative choices where GitHub documents none), returning every
 * violation at once and never throwing.
 *
 * @example
 * checkGithubLimits([{ kind: "membership", logicalName: "m", username: "octo--cat" }])[0]?.limit; // "github-username-form"
 */
export function checkGithubLimits(resources: readonly PlannedGithubResource[]): LimitViolation[] {
  return resources.flatMap((resource) => {
    switch (resource.kind) {
      case "team":
        return [
          ...checkGithubTeamName(resource.name, resource.logicalName),
          ...(resource.description === undefined
            ? []
            : checkGithubTeamDescription(resource.description, resource.logicalName)),
        ];
      case "repositoryAccess":
        return checkGithubRepositoryName(resource.repository, resource.logicalName);
      default:
        return checkGithubUsername(resource.username, resource.logicalName);
    }
  });
}
