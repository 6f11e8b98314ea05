import { describe, expect, test } from "vitest";
import { checkGithubLimits } from "./checkGithubLimits";
import { checkGithubRepositoryName, checkGithubUsername } from "./githubNames";
import { checkGithubTeamDescription, checkGithubTeamName } from "./githubTeam";

describe("checkGithubTeamName: 1-100 characters of [A-Za-z0-9_-] (our conservative choice)", () => {
  test.each([["contractor-x"], ["T"], ["a".repeat(100)], ["Team_1"]])("Compliance: %s", (name) => {
    expect(checkGithubTeamName(name, "t")).toEqual([]);
  });

  test.each([
    [
      "a".repeat(101),
      "github-team-name-length",
      `GitHub team name "${"a".repeat(101)}" has 101 characters; GitHub allows 1 to 100`,
    ],
    ["", "github-team-name-length", 'GitHub team name "" has 0 characters; GitHub allows 1 to 100'],
    [
      "team.x",
      "github-team-name-characters",
      'GitHub team name "team.x" contains "."; use only ASCII letters, digits, "_" and "-" so the team\'s slug is its name and CODEOWNERS can name it',
    ],
    [
      "Équipe x",
      "github-team-name-characters",
      'GitHub team name "Équipe x" contains "É" (U+00C9), " " (U+0020); use only ASCII letters, digits, "_" and "-" so the team\'s slug is its name and CODEOWNERS can name it',
    ],
  ])("Noncompliance: %s", (name, limit, message) => {
    expect(checkGithubTeamName(name, "t").map((v) => [v.limit, v.message])).toEqual([[limit, message]]);
  });
});

describe("checkGithubTeamDescription: at most 255 characters (our conservative choice), any Unicode", () => {
  test("Compliance: 255 characters of any script", () => {
    expect(checkGithubTeamDescription(`修复 – “x” ${"d".repeat(245)}`, "t")).toEqual([]);
  });

  test("Noncompliance: 256 characters", () => {
    const description = "d".repeat(256);
    expect(checkGithubTeamDescription(description, "t")).toEqual([
      {
        resource: "t",
        limit: "github-team-description-length",
        allowed: 255,
        actual: 256,
        message: `GitHub team description "${description}" has 256 characters; GitHub allows 255`,
      },
    ]);
  });
});

describe("checkGithubRepositoryName: 1-100 characters of [A-Za-z0-9._-], not . or ..", () => {
  test.each([["api"], ["my.repo_name-2"], ["a".repeat(100)], ["..."], [".github"]])("Compliance: %s", (name) => {
    expect(checkGithubRepositoryName(name, "r")).toEqual([]);
  });

  test.each([
    [
      "a".repeat(101),
      "github-repository-name-length",
      `GitHub repository name "${"a".repeat(101)}" has 101 characters; GitHub allows 1 to 100`,
    ],
    ["", "github-repository-name-length", 'GitHub repository name "" has 0 characters; GitHub allows 1 to 100'],
    [
      "my repo",
      "github-repository-name-characters",
      'GitHub repository name "my repo" contains " " (U+0020); GitHub allows only ASCII letters, digits, ".", "_" and "-"',
    ],
    [
      "org/api",
      "github-repository-name-characters",
      'GitHub repository name "org/api" contains "/"; GitHub allows only ASCII letters, digits, ".", "_" and "-"',
    ],
    [".", "github-repository-name-reserved", 'GitHub repository name "." is reserved; choose another name'],
    ["..", "github-repository-name-reserved", 'GitHub repository name ".." is reserved; choose another name'],
  ])("Noncompliance: %s", (name, limit, message) => {
    expect(checkGithubRepositoryName(name, "r").map((v) => [v.limit, v.message])).toEqual([[limit, message]]);
  });
});

describe("checkGithubUsername: 1-39 letters, digits or single hyphens, no hyphen at either end", () => {
  test.each([["octocat"], ["a"], ["a-b-c"], ["A1"], ["a".repeat(39)]])("Compliance: %s", (username) => {
    expect(checkGithubUsername(username, "m")).toEqual([]);
  });

  const form = (u: string) =>
    `GitHub username "${u}" is not one GitHub allows: only letters, digits and single hyphens, with no hyphen at the start or end`;
  test.each([
    [
      "a".repeat(40),
      "github-username-length",
      `GitHub username "${"a".repeat(40)}" has 40 characters; GitHub allows 1 to 39`,
    ],
    ["", "github-username-length", 'GitHub username "" has 0 characters; GitHub allows 1 to 39'],
    ["-octocat", "github-username-form", form("-octocat")],
    ["octocat-", "github-username-form", form("octocat-")],
    ["octo--cat", "github-username-form", form("octo--cat")],
    ["octo_cat", "github-username-form", form("octo_cat")],
    ["zoë", "github-username-form", form("zoë")],
  ])("Noncompliance: %s", (username, limit, message) => {
    expect(checkGithubUsername(username, "m").map((v) => [v.limit, v.message])).toEqual([[limit, message]]);
  });
});

describe("checkGithubLimits: every GitHub violation of a plan at once", () => {
  test("Compliance: a team, its repository grant and its member", () => {
    expect(
      checkGithubLimits([
        { kind: "team", logicalName: "x", name: "contractor-x", description: "Checkout fix – “PAY-1”" },
        { kind: "repositoryAccess", logicalName: "x-repo-api", repository: "api" },
        { kind: "membership", logicalName: "x-member", username: "octocat" },
      ]),
    ).toEqual([]);
  });

  test("Noncompliance: one violation per resource, each naming its resource", () => {
    const violations = checkGithubLimits([
      { kind: "team", logicalName: "x", name: "contractor.x", description: "d".repeat(256) },
      { kind: "repositoryAccess", logicalName: "x-repo-dot", repository: "." },
      { kind: "membership", logicalName: "x-member", username: "-octocat" },
    ]);
    expect(violations.map((v) => [v.resource, v.limit])).toEqual([
      ["x", "github-team-name-characters"],
      ["x", "github-team-description-length"],
      ["x-repo-dot", "github-repository-name-reserved"],
      ["x-member", "github-username-form"],
    ]);
  });
});
