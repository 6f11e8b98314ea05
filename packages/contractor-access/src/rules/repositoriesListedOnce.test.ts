import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { repositoriesListedOnce } from "./repositoriesListedOnce";

const withRepositories = (...names: string[]) =>
  engagementWith((e) => {
    e.lanes.code = { repositories: names.map((name) => ({ name })) };
  });

describe("repositoriesListedOnce: each repository is listed once, ignoring case", () => {
  test("Compliance: different repositories", () => {
    expect(repositoriesListedOnce.check([withRepositories("storefront", "storefront-api")], settingsWith())).toEqual(
      [],
    );
  });

  test("Compliance: no code lane", () => {
    const engagement = engagementWith((e) => {
      e.lanes.code = undefined;
    });
    expect(repositoriesListedOnce.check([engagement], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: the same repository in another case", () => {
    expect(repositoriesListedOnce.check([withRepositories("storefront", "StoreFront")], settingsWith())).toEqual([
      {
        rule: "repositoriesListedOnce",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "code", "repositories", 1, "name"],
        message:
          "repository StoreFront is already listed at lanes.code.repositories[0] (GitHub names ignore case); list each repository once, with the one permission the task needs",
      },
    ]);
  });

  test("Noncompliance 2: every repeat points at the first listing", () => {
    const findings = repositoriesListedOnce.check([withRepositories("a", "b", "a", "A")], settingsWith());
    expect(findings.map((finding) => [finding.path[3], finding.message.split(" (")[0]])).toEqual([
      [2, "repository a is already listed at lanes.code.repositories[0]"],
      [3, "repository A is already listed at lanes.code.repositories[0]"],
    ]);
  });
});
