import { describe, expect, test } from "vitest";
import { engagementWith, productionLaneWith, settingsWith } from "../testing/fixtures";
import { productionOperateHasReason } from "./productionOperateHasReason";

const withProduction = (access: "read" | "operate", reason: string | undefined) =>
  engagementWith((e) => {
    e.lanes.production = productionLaneWith({ access, reason });
  });

describe("productionOperateHasReason: operate access comes with a reason", () => {
  test.each([
    ["read", undefined],
    ["read", "Read checkout logs"],
    ["operate", "Restart the checkout service after the fix deploys"],
  ] as const)("Compliance: %s access, reason %j", (access, reason) => {
    expect(productionOperateHasReason.check([withProduction(access, reason)], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: operate without a reason", () => {
    expect(productionOperateHasReason.check([withProduction("operate", undefined)], settingsWith())).toEqual([
      {
        rule: "productionOperateHasReason",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "production", "reason"],
        message:
          'lanes.production.access is "operate" but lanes.production.reason is missing; say why the task must change production rather than read it, or use access "read"',
      },
    ]);
  });
});
