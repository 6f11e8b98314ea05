import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { githubUsernameForRepositories } from "./githubUsernameForRepositories";

describe("githubUsernameForRepositories: a contractor with repositories has a GitHub username", () => {
  test("Compliance: repositories and a GitHub username", () => {
    expect(githubUsernameForRepositories.check([engagementWith()], settingsWith())).toEqual([]);
  });

  test("Compliance: no code lane, no GitHub username", () => {
    const engagement = engagementWith((e) => {
      e.lanes.code = undefined;
      e.contractor.github = undefined;
    });
    expect(githubUsernameForRepositories.check([engagement], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: repositories without a GitHub username", () => {
    const engagement = engagementWith((e) => {
      e.lanes.code = { repositories: [{ name: "storefront" }, { name: "storefront-api" }] };
      e.contractor.github = undefined;
    });
    expect(githubUsernameForRepositories.check([engagement], settingsWith())).toEqual([
      {
        rule: "githubUsernameForRepositories",
        severity: "error",
        engagementIndex: 0,
        path: ["contractor", "github"],
        message:
          "contractor.github is missing but the code lane lists repositories (storefront, storefront-api); add the contractor's GitHub username so they can join the engagement's team, or remove the code lane",
      },
    ]);
  });
});
