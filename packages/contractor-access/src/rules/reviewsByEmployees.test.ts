import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { reviewsByEmployees } from "./reviewsByEmployees";

const reviewedBy = (by: string) =>
  engagementWith((e) => {
    e.reviews = [
      { date: "2026-11-25", by: "priya@acme.example", decision: "keep" },
      { date: "2026-11-26", by, decision: "keep" },
    ];
  });

describe("reviewsByEmployees: every review is by an employee, never the contractor", () => {
  test("Compliance: the owner and another employee (a subdomain counts) review", () => {
    expect(reviewsByEmployees.check([reviewedBy("security@eu.acme.example")], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: the contractor reviews their own access", () => {
    expect(reviewsByEmployees.check([reviewedBy("Dana@freelance.example")], settingsWith())).toEqual([
      {
        rule: "reviewsByEmployees",
        severity: "error",
        engagementIndex: 0,
        path: ["reviews", 1, "by"],
        message:
          "Dana@freelance.example is the contractor's own email; a review keeps or ends access, so an employee who answers for it records it, never the contractor",
      },
    ]);
  });

  test("Noncompliance 2: someone outside the internal domains reviews", () => {
    expect(reviewsByEmployees.check([reviewedBy("pat@agency.example")], settingsWith())).toEqual([
      {
        rule: "reviewsByEmployees",
        severity: "error",
        engagementIndex: 0,
        path: ["reviews", 1, "by"],
        message:
          "pat@agency.example is not in an internal domain (acme.example); a review keeps or ends access, so an employee who answers for it records it, never the contractor",
      },
    ]);
  });
});
