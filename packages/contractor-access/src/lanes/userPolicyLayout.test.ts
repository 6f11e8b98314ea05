import { describe, expect, test } from "vitest";
import type { PolicyDocument } from "../iam/policyDocument";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { deriveAccessPlan } from "./deriveAccessPlan";
import { userPolicyLayout } from "./userPolicyLayout";

const size = (document: PolicyDocument) => JSON.stringify(document).length;
const sids = (document: PolicyDocument) => document.Statement.map((statement) => statement.Sid);
const GUARD = [
  "EngagementDenyBeforeStart",
  "EngagementDenyAfterEnd",
  "DenyAllExceptListedIfNoMFA",
  "DenyMFAEnrollmentWithoutMFAAfterEnrollmentWindow",
];

function planWithDatasets(count: number, prefixLength: number) {
  const datasets = Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `set-${index}`,
      {
        classification: "masked" as const,
        bucket: `acme-data-${index % 2}`,
        prefix: `${"p".repeat(prefixLength)}${index}/`,
      },
    ]),
  );
  const settings = settingsWith({ datasets });
  const engagement = engagementWith((e) => {
    e.lanes = { data: { datasets: Object.keys(datasets) } };
    e.sharedSecrets = [];
  });
  return deriveAccessPlan(engagement, settings);
}

describe("userPolicyLayout: grants split across managed policies, one boundary that fits", () => {
  test("a small engagement: one grant policy, and a boundary with exactly the same grants", () => {
    const layout = userPolicyLayout(planWithDatasets(2, 10), {});
    expect(layout.grants).toHaveLength(1);
    expect(layout.boundaryPrecision).toBe("exact");
    expect(layout.boundary).toStrictEqual(layout.grants[0]);
  });

  test("many long prefixes: several policies, each within 6,144 characters and each with every guard Deny", () => {
    const layout = userPolicyLayout(planWithDatasets(20, 250), {});
    expect(layout.grants.length).toBeGreaterThan(1);
    for (const grant of layout.grants) {
      expect(size(grant)).toBeLessThanOrEqual(6144);
      expect(sids(grant).slice(0, GUARD.length)).toStrictEqual(GUARD);
    }
    // Every grant statement lands in exactly one policy, in order.
    const granted = layout.grants.flatMap((grant) => sids(grant).filter((sid) => sid?.startsWith("Dataset")));
    expect(granted).toStrictEqual(
      Array.from({ length: 20 }, (_, index) => [`Dataset${index + 1}List`, `Dataset${index + 1}Read`]).flat(),
    );
  });

  test("a boundary too large to be exact is coarsened to the buckets, and still fits", () => {
    const layout = userPolicyLayout(planWithDatasets(20, 250), {});
    expect(layout.boundaryPrecision).toBe("per-bucket");
    expect(size(layout.boundary)).toBeLessThanOrEqual(6144);
    const reads = layout.boundary.Statement.find((statement) => statement.Action === "s3:GetObject");
    expect(reads?.Resource).toStrictEqual(["arn:aws:s3:::acme-data-0/*", "arn:aws:s3:::acme-data-1/*"]);
  });
});
