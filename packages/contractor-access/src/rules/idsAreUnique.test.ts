import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { idsAreUnique } from "./idsAreUnique";

const withId = (id: string) =>
  engagementWith((e) => {
    e.id = id;
  });

describe("idsAreUnique: every engagement id appears once in the stack", () => {
  test("Compliance: different ids", () => {
    expect(idsAreUnique.check([withId("checkout-fix"), withId("search-fix")], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: a repeated id, reported on the later engagement", () => {
    expect(
      idsAreUnique.check([withId("checkout-fix"), withId("search-fix"), withId("checkout-fix")], settingsWith()),
    ).toEqual([
      {
        rule: "idsAreUnique",
        severity: "error",
        engagementIndex: 2,
        path: ["id"],
        message: 'id "checkout-fix" is already used by another engagement; ids must be unique in the stack',
        relatedEngagementIndex: 0,
      },
    ]);
  });
});
