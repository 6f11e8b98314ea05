import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { datasetsListedOnce } from "./datasetsListedOnce";

const withDatasets = (...datasets: string[]) =>
  engagementWith((e) => {
    e.lanes.data = { datasets };
  });

describe("datasetsListedOnce: each dataset is listed once", () => {
  test("Compliance: different datasets", () => {
    expect(datasetsListedOnce.check([withDatasets("masked-orders", "live-orders")], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: a dataset listed twice", () => {
    expect(
      datasetsListedOnce.check([withDatasets("masked-orders", "live-orders", "masked-orders")], settingsWith()),
    ).toEqual([
      {
        rule: "datasetsListedOnce",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "data", "datasets", 2],
        message: 'dataset "masked-orders" is already listed at lanes.data.datasets[0]; list each dataset once',
      },
    ]);
  });
});
