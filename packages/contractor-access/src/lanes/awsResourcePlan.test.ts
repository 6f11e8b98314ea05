import { expect, test } from "vitest";
import {
  engagementWith,
  IDENTITY_CENTER_SETTINGS_INPUT,
  iamUserResources,
  identityCenterResources,
  settingsWith,
} from "../testing/fixtures";
import { awsResourcePlan } from "./awsResourcePlan";
import { deriveAccessPlan } from "./deriveAccessPlan";

// The AWS provider replaces a managed policy whose description changes, and a replacement under the same
// name fails while the old policy exists: a description that follows the ticket or the number of policies
// would make an ordinary change (a new ticket, one more dataset) fail at `pulumi up`.
test("managed policy descriptions stay the same when the ticket or the number of grant policies changes", () => {
  const datasets = Object.fromEntries(
    Array.from({ length: 20 }, (_, index) => [
      `set-${index}`,
      { classification: "masked" as const, bucket: "acme-analytics", prefix: `${"p".repeat(250)}${index}/` },
    ]),
  );
  const settings = settingsWith({ datasets });
  const small = iamUserResources(awsResourcePlan(deriveAccessPlan(engagementWith(), settingsWith())));
  const large = iamUserResources(
    awsResourcePlan(
      deriveAccessPlan(
        engagementWith((e) => {
          e.ticket = "SHOP-9999";
          e.lanes.data = { datasets: Object.keys(datasets) };
          e.sharedSecrets = [];
        }),
        settings,
      ),
    ),
  );
  expect(large.grants.length).toBeGreaterThan(small.grants.length);
  expect(large.boundary.description).toBe(small.boundary.description);
  expect(large.grants[0]?.description).toBe(small.grants[0]?.description);
  expect(large.productionRole?.boundary.description).toBe(small.productionRole?.boundary.description);
  expect(small.grants.map((grant) => grant.description)).toStrictEqual([
    "Grants, part 1, of contractor engagement checkout-fix-2026-11",
  ]);
});

test("under Identity Center the boundaries are described by what they cap: the engagement's and production's permission sets", () => {
  const resources = identityCenterResources(
    awsResourcePlan(
      deriveAccessPlan(
        engagementWith((e) => {
          e.aws = { console: true };
        }),
        settingsWith(IDENTITY_CENTER_SETTINGS_INPUT),
      ),
    ),
  );
  expect([
    resources.permissionSet?.boundary.description,
    resources.productionPermissionSet?.boundary.description,
  ]).toStrictEqual([
    "Permissions boundary of contractor engagement checkout-fix-2026-11",
    "Permissions boundary of the production permission set of contractor engagement checkout-fix-2026-11",
  ]);
});
