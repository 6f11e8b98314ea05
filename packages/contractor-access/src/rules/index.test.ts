import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import * as barrel from "./index";
import { allRules, ownerIsInternal, runRules, type StackRule } from "./index";

const exportedRules = Object.entries(barrel).filter(
  (entry): entry is [string, StackRule] => typeof entry[1] === "object" && entry[1] !== null && "check" in entry[1],
);

describe("allRules", () => {
  test("holds every exported rule once, each named after its export", () => {
    expect(exportedRules.map(([exportName, rule]) => [exportName, rule.name])).toEqual(
      exportedRules.map(([exportName]) => [exportName, exportName]),
    );
    expect(new Set(allRules)).toEqual(new Set(exportedRules.map(([, rule]) => rule)));
    expect(allRules).toHaveLength(new Set(allRules).size);
  });
});

// Validation's instant: the fixtures record no reviews, so any instant gives the same findings.
const AT = { now: new Date("2026-11-25T12:00:00Z") };

describe("runRules", () => {
  test("the full example engagement only warns that it uses every lane", () => {
    expect(runRules([engagementWith()], settingsWith(), AT)).toEqual([
      {
        rule: "lanesAreKeptApart",
        severity: "warning",
        engagementIndex: 0,
        path: ["lanes"],
        message:
          "the engagement asks for the code, data and production lanes at once, so the contractor can roam the whole company; the reviewer should confirm the task needs all three",
      },
    ]);
  });

  test("sorts findings by engagement, then by the order of the rules", () => {
    const first = engagementWith((e) => {
      e.id = "Checkout_Fix";
      e.lanes = { code: { repositories: [{ name: "storefront", permission: "admin" }] } };
    });
    const second = engagementWith((e) => {
      e.id = "Checkout_Fix";
      e.contractor = { name: "Sam Lee", email: "sam@agency.example" };
      e.lanes = { code: { repositories: [{ name: "storefront" }] } };
    });
    const findings = runRules([first, second], settingsWith(), AT);
    expect(findings.map(({ engagementIndex, rule }) => [engagementIndex, rule])).toEqual([
      [0, "idIsSlug"],
      [0, "repositoryPermissionAtMostPush"],
      [1, "idIsSlug"],
      [1, "idsAreUnique"],
      [1, "githubUsernameForRepositories"],
    ]);
  });

  test("runs only the rules it is given", () => {
    const outsider = engagementWith((e) => {
      e.owner.email = "priya@agency.example";
    });
    expect(runRules([outsider], settingsWith(), AT, [ownerIsInternal]).map((finding) => finding.rule)).toEqual([
      "ownerIsInternal",
    ]);
  });
});
