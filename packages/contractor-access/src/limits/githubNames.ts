import { githubLengthViolation } from "./githubLength";
import { describeCharacters, disallowedCharacters, type LimitViolation } from "./limitViolation";

/** Longest repository name, counted after GitHub's own replacements (dead-claudia/github-limits). @example GITHUB_REPOSITORY_NAME_MAX; // 100 */
export const GITHUB_REPOSITORY_NAME_MAX = 100;
/** Longest username (GitHub's sign-up form validation; dead-claudia/github-limits). @example GITHUB_USERNAME_MAX; // 39 */
export const GITHUB_USERNAME_MAX = 39;

// Repository names: ASCII letters, digits, ".", "_" and "-"; "." and ".." are reserved.
const REPOSITORY_NAME_CHARACTER = /^[A-Za-z0-9._-]$/;
// Usernames: alphanumeric or single hyphens, not at either end (sign-up form).
const USERNAME = /^[A-Za-z0-9](?:-?[A-Za-z0-9])*$/;

/**
 * Checks a repository name (without its owner): 1 to 100 characters of
 * `[A-Za-z0-9._-]`, and neither `.` nor `..`.
 *
 * @example
 * checkGithubRepositoryName("..", "r")[0]?.limit; // "github-repository-name-reserved"
 */
export function checkGithubRepositoryName(name: string, resource: string): LimitViolation[] {
  const violations = githubLengthViolation(
    "GitHub repository name",
    name,
    1,
    GITHUB_REPOSITORY_NAME_MAX,
    resource,
    "github-repository-name-length",
  );
  const refused = disallowedCharacters(name, REPOSITORY_NAME_CHARACTER);
  if (refused.length > 0) {
    violations.push({
      resource,
      limit: "github-repository-name-characters",
      allowed: "A-Z a-z 0-9 . _ -",
      actual: refused.join(""),
      message: `GitHub repository name "${name}" contains ${describeCharacters(refused)}; GitHub allows only ASCII letters, digits, ".", "_" and "-"`,
    });
  }
  if (name === "." || name === "..") {
    violations.push({
      resource,
      limit: "github-repository-name-reserved",
      allowed: 'not "." or ".."',
      actual: name,
      message: `GitHub repository name "${name}" is reserved; choose another name`,
    });
  }
  return violations;
}

/**
 * Checks a username: 1 to 39 letters, digits or single hyphens, neither
 * starting nor ending with a hyphen (GitHub's sign-up validation).
 *
 * @example
 * checkGithubUsername("-octocat", "m")[0]?.limit; // "github-username-form"
 */
export function checkGithubUsername(username: string, resource: string): LimitViolation[] {
  const violations = githubLengthViolation(
    "GitHub username",
    username,
    1,
    GITHUB_USERNAME_MAX,
    resource,
    "github-username-length",
  );
  if (username.length > 0 && !USERNAME.test(username)) {
    violations.push({
      resource,
      limit: "github-username-form",
      allowed: "letters, digits and single hyphens, no hyphen at either end",
      actual: username,
      message: `GitHub username "${username}" is not one GitHub allows: only letters, digits and single hyphens, with no hyphen at the start or end`,
    });
  }
  return violations;
}
