import { githubLengthViolation } from "./githubLength";
import { describeCharacters, disallowedCharacters, type LimitViolation } from "./limitViolation";

/**
 * Longest GitHub team name we accept. GitHub documents no limit or character
 * set for team names (github/docs issue #32812 asks for one); a support
 * answer quoted in dead-claudia/github-limits gives 255. We keep to 100, as
 * for repository names, well inside that.
 *
 * @example
 * GITHUB_TEAM_NAME_MAX; // 100
 */
export const GITHUB_TEAM_NAME_MAX = 100;
/**
 * Longest GitHub team description we accept. GitHub documents no limit; we
 * choose 255, the limit GitHub applies to other short free-text fields such
 * as profile names (dead-claudia/github-limits) and below the 350 of a
 * repository description.
 *
 * @example
 * GITHUB_TEAM_DESCRIPTION_MAX; // 255
 */
export const GITHUB_TEAM_DESCRIPTION_MAX = 255;

// Our choice for team names: ASCII letters, digits, "_" and "-" only, so the
// slug GitHub derives is the name in lower case (GitHub rewrites other
// characters in the slug) and the team can be named in CODEOWNERS, which
// refuses a dot (github/docs issue #32812).
const TEAM_NAME_CHARACTER = /^[A-Za-z0-9_-]$/;

/**
 * Checks a team name: 1 to 100 characters of `[A-Za-z0-9_-]` (a conservative
 * choice where GitHub documents nothing; see GITHUB_TEAM_NAME_MAX).
 *
 * @example
 * checkGithubTeamName("contractor-x", "t"); // []
 */
export function checkGithubTeamName(name: string, resource: string): LimitViolation[] {
  const violations = githubLengthViolation(
    "GitHub team name",
    name,
    1,
    GITHUB_TEAM_NAME_MAX,
    resource,
    "github-team-name-length",
  );
  const refused = disallowedCharacters(name, TEAM_NAME_CHARACTER);
  if (refused.length > 0) {
    violations.push({
      resource,
      limit: "github-team-name-characters",
      allowed: "A-Z a-z 0-9 _ -",
      actual: refused.join(""),
      message: `GitHub team name "${name}" contains ${describeCharacters(refused)}; use only ASCII letters, digits, "_" and "-" so the team's slug is its name and CODEOWNERS can name it`,
    });
  }
  return violations;
}

/**
 * Checks a team description: at most 255 characters (a conservative choice
 * where GitHub documents nothing). Any Unicode is fine: GitHub keeps the text.
 *
 * @example
 * checkGithubTeamDescription("x".repeat(256), "t")[0]?.actual; // 256
 */
export function checkGithubTeamDescription(description: string, resource: string): LimitViolation[] {
  return githubLengthViolation(
    "GitHub team description",
    description,
    0,
    GITHUB_TEAM_DESCRIPTION_MAX,
    resource,
    "github-team-description-length",
  );
}
