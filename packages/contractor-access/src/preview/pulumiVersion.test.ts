import { describe, expect, test } from "vitest";
import { assertTestedPulumiVersion, TESTED_PULUMI_RANGE } from "./pulumiVersion";

describe("assertTestedPulumiVersion: the mock engine runs only on the tested @pulumi/pulumi range", () => {
  test.each(["3.248.0", "3.260.1"])("Compliance: %s", (version) => {
    expect(() => assertTestedPulumiVersion(version)).not.toThrow();
  });

  test.each(["3.247.9", "4.0.0", "2.25.0"])("Noncompliance: %s stops with the range named", (version) => {
    expect(() => assertTestedPulumiVersion(version)).toThrow(
      `@pulumi/pulumi ${version} is installed; contractor-access's mock engine (used by plan and in tests) reads Pulumi's resource monitor, which is not a public API, and is tested with ^3.248.0. Install a version in that range.`,
    );
  });

  test("the range is the package's peer dependency", async () => {
    const manifest = await import("../../package.json");
    expect(manifest.peerDependencies["@pulumi/pulumi"]).toBe(TESTED_PULUMI_RANGE);
  });
});
