import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { approverRefusal } from "./approverRefusal";

describe("approverRefusal", () => {
  test.each(["cto@acme.example", "priya@acme.example"])("accepts the employee %s", (approver) => {
    expect(approverRefusal(approver, engagementWith(), settingsWith())).toBeUndefined();
  });

  test.each([
    ["DANA@freelance.example", "DANA@freelance.example is the contractor's own email"],
    ["boss@agency.example", "boss@agency.example is not in an internal domain (acme.example)"],
  ])("refuses %s", (approver, refusal) => {
    expect(approverRefusal(approver, engagementWith(), settingsWith())).toBe(refusal);
  });
});
