import { describe, expect, test } from "vitest";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { engagementWith, IDENTITY_CENTER_SETTINGS_INPUT, settingsWith } from "../testing/fixtures";
import { grantLines } from "./grantLines";

describe("grantLines: what a reviewer reads, for each identity backend", () => {
  test("IAM user: the user, how it signs in, and the MFA rules", () => {
    const settings = settingsWith();
    expect(
      grantLines(deriveAccessPlan(engagementWith(), settings), settings).filter((line) =>
        /^(AWS|Production)/.test(line),
      ),
    ).toStrictEqual([
      "Production: read from 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z, approved by cto@acme.example (SHOP-1430); 13 actions, MFA required, sessions of at most 1 hour",
      "AWS: IAM user contractor-checkout-fix-2026-11, console and access keys rotated every 30 days; MFA required (console password reset at first sign-in); MFA device enrolled by 2026-11-25T00:00:00Z, named contractor-checkout-fix-2026-11",
    ]);
  });

  test("Identity Center: the permission sets, the account, the person's user, and no IAM user or key", () => {
    const settings = settingsWith(IDENTITY_CENTER_SETTINGS_INPUT);
    const plan = deriveAccessPlan(
      engagementWith((e) => {
        e.aws = { console: true };
      }),
      settings,
    );
    expect(grantLines(plan, settings).filter((line) => /^(AWS|Production)/.test(line))).toStrictEqual([
      "Production: read from 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z, approved by cto@acme.example (SHOP-1430); 13 actions, MFA required, sessions of at most 1 hour, permission set contractor-checkout.1d3cf9.prod assigned only inside the window",
      "AWS: Identity Center, permission set contractor-checkout-fix-2026-11 in account 123456789012 for a new Identity Store user dana@freelance.example; Identity Center access portal, sessions of at most 4 hours; MFA at sign-in by Identity Center; no IAM user, no access keys",
    ]);
  });
});
