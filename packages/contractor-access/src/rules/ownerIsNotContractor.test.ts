import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { ownerIsNotContractor } from "./ownerIsNotContractor";

describe("ownerIsNotContractor: the owner and the contractor are different people", () => {
  test("Compliance: an employee owns a contractor's engagement", () => {
    expect(ownerIsNotContractor.check([engagementWith()], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: the same email, in another case", () => {
    const engagement = engagementWith((e) => {
      e.owner.email = "Dana@Freelance.example";
    });
    expect(ownerIsNotContractor.check([engagement], settingsWith())).toEqual([
      {
        rule: "ownerIsNotContractor",
        severity: "error",
        engagementIndex: 0,
        path: ["owner", "email"],
        message:
          "owner.email and contractor.email are both dana@freelance.example; the owner must be another person, an employee who answers for the scope and the offboarding",
      },
    ]);
  });
});
