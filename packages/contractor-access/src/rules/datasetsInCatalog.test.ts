import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { datasetsInCatalog } from "./datasetsInCatalog";

const withDatasets = (...datasets: string[]) =>
  engagementWith((e) => {
    e.lanes.data = { datasets };
  });

describe("datasetsInCatalog: every dataset is in the stack's catalog", () => {
  test("Compliance: catalog datasets", () => {
    expect(datasetsInCatalog.check([withDatasets("masked-orders", "live-orders")], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: a dataset the catalog does not have", () => {
    expect(datasetsInCatalog.check([withDatasets("masked-orders", "orders")], settingsWith())).toEqual([
      {
        rule: "datasetsInCatalog",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "data", "datasets", 1],
        message:
          'dataset "orders" is not in the stack\'s dataset catalog (masked-orders, live-orders); use one of those, or add it to the contractorAccess:datasets stack setting first',
      },
    ]);
  });

  test("Noncompliance 2: an empty catalog", () => {
    const [finding] = datasetsInCatalog.check([withDatasets("masked-orders")], settingsWith({ datasets: {} }));
    expect(finding?.message).toBe(
      'dataset "masked-orders" is not in the stack\'s dataset catalog, which is empty; add it to the contractorAccess:datasets stack setting first',
    );
  });

  test("Noncompliance 3: names inherited by every object are not datasets", () => {
    expect(datasetsInCatalog.check([withDatasets("constructor", "toString")], settingsWith())).toHaveLength(2);
  });
});
