import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { ownerIsInternal } from "./ownerIsInternal";

describe("ownerIsInternal: the owner's email is in an internal domain", () => {
  test("Compliance: owner at acme.example", () => {
    expect(ownerIsInternal.check([engagementWith()], settingsWith())).toEqual([]);
  });

  test("Compliance: owner at a subdomain of an internal domain", () => {
    const engagement = engagementWith((e) => {
      e.owner.email = "priya@eu.acme.example";
    });
    expect(ownerIsInternal.check([engagement], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: owner outside every internal domain", () => {
    const engagement = engagementWith((e) => {
      e.owner.email = "priya@agency.example";
    });
    expect(ownerIsInternal.check([engagement], settingsWith())).toEqual([
      {
        rule: "ownerIsInternal",
        severity: "error",
        engagementIndex: 0,
        path: ["owner", "email"],
        message:
          "priya@agency.example is not in an internal domain (acme.example); the owner must be an employee accountable for scope, approval and offboarding",
      },
    ]);
  });

  test("Noncompliance 2: a look-alike domain is not a subdomain", () => {
    const engagement = engagementWith((e) => {
      e.owner.email = "priya@notacme.example";
    });
    expect(ownerIsInternal.check([engagement], settingsWith())).toHaveLength(1);
  });
});
