import { satisfies } from "semver";

/**
 * The `@pulumi/pulumi` versions this library is tested with: its peer
 * dependency range. The mock engine reads the monitor's registration requests,
 * which is not a public API, so outside this range it refuses to start rather
 * than record nothing or record wrongly.
 */
export const TESTED_PULUMI_RANGE = "^3.248.0";

/**
 * Refuses to run the mock engine on an untested `@pulumi/pulumi`.
 *
 * @param installed The installed version, such as `3.248.0`.
 * @throws {Error} naming the installed version and the tested range.
 * @example
 * assertTestedPulumiVersion("3.248.0"); // passes
 * assertTestedPulumiVersion("4.0.0"); // throws: "@pulumi/pulumi 4.0.0 is installed; ..."
 */
export function assertTestedPulumiVersion(installed: string): void {
  if (!satisfies(installed, TESTED_PULUMI_RANGE)) {
    throw new Error(
      `@pulumi/pulumi ${installed} is installed; contractor-access's mock engine (used by plan and in tests) reads Pulumi's resource monitor, which is not a public API, and is tested with ${TESTED_PULUMI_RANGE}. Install a version in that range.`,
    );
  }
}
