import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { deriveAccessPlan } from "./deriveAccessPlan";

describe("deriveAccessPlan", () => {
  const plan = deriveAccessPlan(engagementWith(), settingsWith());

  test("names derive from the id", () => {
    expect(plan.names).toEqual({
      iamUser: "contractor-checkout-fix-2026-11",
      iamPath: "/contractors/",
      boundaryPolicy: "contractor-checkout-fix-2026-11-boundary",
      accessPolicy: "contractor-checkout-fix-2026-11-access",
      productionRole: "contractor-checkout-fix-2026-11-production",
      githubTeam: "contractor-checkout-fix-2026-11",
      permissionSet: "contractor-checkout-fix-2026-11",
      productionPermissionSet: "contractor-checkout.1d3cf9.prod",
    });
  });

  test("permission set names fit Identity Center's 32 characters; long ids end in a hash of the id", () => {
    const long = deriveAccessPlan(
      engagementWith((e) => {
        e.id = "checkout-fix-2026-11-and-the-mobile-app";
      }),
      settingsWith(),
    ).names;
    expect([long.permissionSet, long.productionPermissionSet]).toStrictEqual([
      "contractor-checkout-fix-2.dfca9f",
      "contractor-checkout.dfca9f.prod",
    ]);
    const other = deriveAccessPlan(
      engagementWith((e) => {
        e.id = "checkout-fix-2026-11-and-the-web-app";
      }),
      settingsWith(),
    ).names;
    expect(other.permissionSet).not.toBe(long.permissionSet);
    expect(other.productionPermissionSet).not.toBe(long.productionPermissionSet);
  });

  test("the window is resolved in the stack timezone, both ends inclusive", () => {
    expect(plan.window).toEqual({ start: new Date("2026-11-24T00:00:00Z"), end: new Date("2026-11-28T23:59:59.999Z") });
    const berlin = deriveAccessPlan(engagementWith(), settingsWith({ timezone: "Europe/Berlin" }));
    expect(berlin.window.start).toEqual(new Date("2026-11-23T23:00:00Z"));
    expect(berlin.timeZone).toBe("Europe/Berlin");
  });

  test("code lane: the contractor's GitHub username and each repository's permission", () => {
    expect(plan.code).toEqual({
      githubUsername: "dana-codes",
      repositories: [{ name: "storefront", permission: "push" }],
    });
  });

  test("code lane: read-only (pull) is the default permission", () => {
    const readOnly = deriveAccessPlan(
      engagementWith((e) => {
        e.lanes.code = { repositories: [{ name: "docs" }] };
      }),
      settingsWith(),
    );
    expect(readOnly.code?.repositories).toEqual([{ name: "docs", permission: "pull" }]);
  });

  test("data lane: list under the prefix and read its objects, nothing else", () => {
    expect(plan.data).toEqual({
      datasets: [
        { name: "masked-orders", classification: "masked", bucket: "acme-analytics", prefix: "masked/orders/" },
      ],
      statements: [
        {
          Sid: "Dataset1List",
          Effect: "Allow",
          Action: "s3:ListBucket",
          Resource: "arn:aws:s3:::acme-analytics",
          Condition: { StringLike: { "s3:prefix": ["masked/orders/", "masked/orders/*"] } },
        },
        {
          Sid: "Dataset1Read",
          Effect: "Allow",
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::acme-analytics/masked/orders/*",
        },
      ],
    });
  });

  test("production lane: read gets the read actions only; operate adds the operate actions", () => {
    expect(plan.production?.statements.map((statement) => statement.Sid)).toEqual(["ProductionRead"]);
    expect(plan.production?.window).toEqual({
      start: new Date("2026-11-27T14:00:00Z"),
      end: new Date("2026-11-27T16:00:00Z"),
    });
    expect(plan.production?.maxSessionSeconds).toBe(3600);
    const operate = deriveAccessPlan(
      engagementWith((e) => {
        if (e.lanes.production) e.lanes.production.access = "operate";
      }),
      settingsWith(),
    );
    expect(operate.production?.statements[1]).toEqual({
      Sid: "ProductionOperate",
      Effect: "Allow",
      Action: ["ecs:UpdateService", "ecs:StopTask"],
      Resource: ["*"],
    });
  });

  test("shared secrets: GetSecretValue on each catalog ARN only, one statement per secret", () => {
    expect(plan.sharedSecrets?.statements).toEqual([
      {
        Sid: "SharedSecret1Read",
        Effect: "Allow",
        Action: "secretsmanager:GetSecretValue",
        Resource: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf",
      },
    ]);
  });

  test("absent lanes are honestly undefined", () => {
    const dataOnly = deriveAccessPlan(
      engagementWith((e) => {
        e.lanes = { data: { datasets: ["masked-orders"] } };
        e.sharedSecrets = [];
      }),
      settingsWith(),
    );
    expect([dataOnly.code, dataOnly.production, dataOnly.sharedSecrets]).toEqual([undefined, undefined, undefined]);
  });

  test.each([
    [
      "admin on a repository",
      (e: EngagementInput) => {
        e.lanes.code = { repositories: [{ name: "storefront", permission: "admin" }] };
      },
      "lanes.code.repositories: storefront asks for admin; at most push is granted",
    ],
    [
      "an unknown dataset",
      (e: EngagementInput) => {
        e.lanes.data = { datasets: ["nope"] };
      },
      'dataset "nope" is not in the stack\'s catalog',
    ],
  ])("refuses %s even when validation was skipped", (_name, change, message) => {
    expect(() => deriveAccessPlan(engagementWith(change), settingsWith())).toThrow(new RangeError(message));
  });
});
