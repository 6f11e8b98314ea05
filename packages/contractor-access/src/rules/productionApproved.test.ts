import { describe, expect, test } from "vitest";
import { engagementWith, productionLaneWith, settingsWith } from "../testing/fixtures";
import { productionApproved } from "./productionApproved";

const approvedBy = (approver: string, contractorEmail = "dana@freelance.example") =>
  engagementWith((e) => {
    e.lanes.production = productionLaneWith({ approvedBy: approver });
    e.contractor.email = contractorEmail;
  });
const messagesFor = (approver: string, contractorEmail?: string) =>
  productionApproved.check([approvedBy(approver, contractorEmail)], settingsWith()).map((finding) => finding.message);

describe("productionApproved: production access is approved by an employee other than the contractor", () => {
  test.each(["cto@acme.example", "priya@acme.example", "sre@eu.acme.example"])(
    "Compliance: approved by %s",
    (approver) => {
      expect(messagesFor(approver)).toEqual([]);
    },
  );

  test("Compliance: no production lane", () => {
    const engagement = engagementWith((e) => {
      e.lanes.production = undefined;
    });
    expect(productionApproved.check([engagement], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: approved by someone outside the company", () => {
    expect(productionApproved.check([approvedBy("boss@agency.example")], settingsWith())).toEqual([
      {
        rule: "productionApproved",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "production", "approvedBy"],
        message:
          "lanes.production.approvedBy boss@agency.example is not in an internal domain (acme.example); production access must be approved by an employee other than the contractor, such as the owner",
      },
    ]);
  });

  test("Noncompliance 2: the contractor approves their own access", () => {
    expect(messagesFor("DANA@freelance.example")).toEqual([
      "lanes.production.approvedBy DANA@freelance.example is the contractor's own email; production access must be approved by an employee other than the contractor, such as the owner",
    ]);
  });

  test("Noncompliance 3: a contractor with an internal address still cannot approve themselves", () => {
    expect(messagesFor("sam@acme.example", "sam@acme.example")).toEqual([
      expect.stringContaining("sam@acme.example is the contractor's own email"),
    ]);
  });
});
