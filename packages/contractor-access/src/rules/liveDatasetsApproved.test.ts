import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { liveDatasetsApproved } from "./liveDatasetsApproved";

type DataLane = { datasets: string[]; approvedBy?: string; reason?: string };
const APPROVED = { approvedBy: "cto@acme.example", reason: "Reproduce a rounding bug masking hides" };
const withData = (data: DataLane, contractorEmail = "dana@freelance.example") =>
  engagementWith((e) => {
    e.lanes.data = data;
    e.contractor.email = contractorEmail;
  });
const messagesFor = (data: DataLane, contractorEmail?: string) =>
  liveDatasetsApproved.check([withData(data, contractorEmail)], settingsWith()).map((finding) => finding.message);

describe("liveDatasetsApproved: live data has an employee's approval and a reason", () => {
  test.each<[string, DataLane]>([
    ["masked data needs no approval", { datasets: ["masked-orders"] }],
    ["live data approved by an employee, with a reason", { datasets: ["live-orders"], ...APPROVED }],
    ["live data approved by the owner", { datasets: ["live-orders"], ...APPROVED, approvedBy: "priya@acme.example" }],
    ["a dataset outside the catalog is datasetsInCatalog's to report", { datasets: ["orders"] }],
  ])("Compliance: %s", (_, data) => {
    expect(messagesFor(data)).toEqual([]);
  });

  test("Noncompliance 1: live data without approval or reason", () => {
    const engagement = withData({ datasets: ["masked-orders", "live-orders"] });
    const masked = "masked data is the default path, so list a masked dataset instead if the task allows";
    expect(liveDatasetsApproved.check([engagement], settingsWith())).toEqual([
      {
        rule: "liveDatasetsApproved",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "data", "approvedBy"],
        message: `live data (live-orders) needs lanes.data.approvedBy, the email of the employee who approved it; ${masked}`,
      },
      {
        rule: "liveDatasetsApproved",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "data", "reason"],
        message: `live data (live-orders) needs lanes.data.reason, saying why masked data will not do; ${masked}`,
      },
    ]);
  });

  test("Noncompliance 2: approved by someone outside the company", () => {
    expect(messagesFor({ datasets: ["live-orders"], ...APPROVED, approvedBy: "boss@agency.example" })).toEqual([
      "lanes.data.approvedBy boss@agency.example is not in an internal domain (acme.example); live data (live-orders) must be approved by an employee other than the contractor, and masked data is the default path, so list a masked dataset instead if the task allows",
    ]);
  });

  test("Noncompliance 3: the contractor approves their own access, even with an internal address", () => {
    const data = { datasets: ["live-orders"], ...APPROVED, approvedBy: "Sam@acme.example" };
    expect(messagesFor(data, "sam@acme.example")).toEqual([
      expect.stringMatching(/^lanes\.data\.approvedBy Sam@acme\.example is the contractor's own email; /),
    ]);
  });
});
