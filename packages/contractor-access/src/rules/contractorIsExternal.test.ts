import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { contractorIsExternal } from "./contractorIsExternal";

const withContractorEmail = (email: string) =>
  engagementWith((e) => {
    e.contractor.email = email;
  });

describe("contractorIsExternal: the contractor's email is outside every internal domain", () => {
  test.each(["dana@freelance.example", "dana@notacme.example"])("Compliance: %s", (email) => {
    expect(contractorIsExternal.check([withContractorEmail(email)], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: an employee's address", () => {
    expect(contractorIsExternal.check([withContractorEmail("sam@acme.example")], settingsWith())).toEqual([
      {
        rule: "contractorIsExternal",
        severity: "error",
        engagementIndex: 0,
        path: ["contractor", "email"],
        message:
          "sam@acme.example is in an internal domain (acme.example); an employee needs no contractor engagement, so use the contractor's own external email or grant the employee access the usual way",
      },
    ]);
  });

  test("Noncompliance 2: a subdomain of an internal domain", () => {
    expect(contractorIsExternal.check([withContractorEmail("sam@eu.acme.example")], settingsWith())).toHaveLength(1);
  });
});
