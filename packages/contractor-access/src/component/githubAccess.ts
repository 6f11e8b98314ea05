import * as github from "@pulumi/github";
import type * as pulumi from "@pulumi/pulumi";
import type { AccessPlan, CodeLanePlan } from "../lanes/accessPlan";
import { githubTeamDescription } from "../lanes/githubTeamDescription";

/** The code lane on GitHub: a team, its repositories and the contractor's membership. */
export interface GithubAccess {
  readonly team: github.Team;
  /** Team repository grants by repository name. */
  readonly repositories: Readonly<Record<string, github.TeamRepository>>;
  readonly membership: github.TeamMembership;
}

/**
 * Declares the engagement's GitHub team (closed, described by task, ticket
 * and end), its repository grants and the contractor's team membership.
 * Child names are keyed by repository name, never by position, so
 * reordering the list replaces nothing.
 *
 * @param organizationMembership The person's organization membership, which
 *   the team membership depends on: destroy removes the team membership
 *   first and the organization membership (declared by the stack, shared by
 *   all of the person's engagements) last.
 */
export function declareGithubAccess(
  name: string,
  plan: AccessPlan,
  code: CodeLanePlan,
  organizationMembership: pulumi.Resource,
  parent: pulumi.Resource,
): GithubAccess {
  const description = githubTeamDescription(plan);
  const team = new github.Team(
    `${name}-team`,
    { name: plan.names.githubTeam, description, privacy: "closed" },
    { parent },
  );
  const repositories = Object.fromEntries(
    code.repositories.map(({ name: repository, permission }) => [
      repository,
      new github.TeamRepository(
        `${name}-repo-${repository.toLowerCase()}`,
        { teamId: team.id, repository, permission },
        { parent },
      ),
    ]),
  );
  const membership = new github.TeamMembership(
    `${name}-member`,
    { teamId: team.id, username: code.githubUsername, role: "member" },
    { parent, dependsOn: [organizationMembership] },
  );
  return { team, repositories, membership };
}
