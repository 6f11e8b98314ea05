import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { engagementWith, IDENTITY_CENTER_SETTINGS_INPUT, settingsWith } from "../testing/fixtures";
import { onboardingSteps } from "./onboardingSteps";

describe("onboardingSteps", () => {
  test("console, keys and production: sign in, enrol MFA by the window's first day, use MFA, assume production", () => {
    expect(onboardingSteps(deriveAccessPlan(engagementWith(), settingsWith()))).toStrictEqual([
      "Sign in to the AWS console as IAM user contractor-checkout-fix-2026-11 with the password you were given, and set a new one.",
      "Enrol a virtual MFA device named exactly contractor-checkout-fix-2026-11 (or contractor-checkout-fix-2026-11.<label>) before 2026-11-25T00:00:00Z; after that only a session with MFA can add one.",
      "Every call needs MFA: exchange the key and a code for a session with `aws sts get-session-token --serial-number <device ARN> --token-code <code>`.",
      "Production: assume role contractor-checkout-fix-2026-11-production with MFA between 2026-11-27T14:00:00Z and 2026-11-27T16:00:00Z; sessions last at most one hour.",
    ]);
  });

  test("the enrolment deadline follows mfaEnrollmentHours", () => {
    const steps = onboardingSteps(deriveAccessPlan(engagementWith(), settingsWith({ mfaEnrollmentHours: 72 })));
    expect(steps[1]).toContain("before 2026-11-27T00:00:00Z;");
  });

  test("no sign-in, no steps: a code-only engagement has nothing to do in AWS", () => {
    const codeOnly = engagementWith((e) => {
      e.lanes = { code: { repositories: [{ name: "storefront" }] } };
      e.aws = { console: false, accessKeys: false };
      e.sharedSecrets = [];
    });
    expect(onboardingSteps(deriveAccessPlan(codeOnly, settingsWith()))).toStrictEqual([]);
  });
});

describe("onboardingSteps under Identity Center", () => {
  const settings = settingsWith(IDENTITY_CENTER_SETTINGS_INPUT);
  const portal = (change: (e: EngagementInput) => void = () => {}) =>
    onboardingSteps(
      deriveAccessPlan(
        engagementWith((e) => {
          e.aws = { console: true };
          change(e);
        }),
        settings,
      ),
    );

  test("a user the stack creates: the portal, a first password, the permission set and the CLI, production's own set", () => {
    expect(portal()).toStrictEqual([
      "Open the AWS access portal (https://d-1234567890.awsapps.com/start, unless your contact gives you the organisation's own address) and sign in as dana@freelance.example; the first time, Identity Center emails you a one-time password to set your own (or your contact gives you one), then asks you to register an MFA device.",
      "Choose account 123456789012 and permission set contractor-checkout-fix-2026-11; for the CLI, run `aws configure sso` with the portal address, then `aws sso login`. Sessions last at most 4 hours, and nothing works after 2026-11-28T23:59:59Z.",
      "Production: permission set contractor-checkout.1d3cf9.prod appears in account 123456789012 between 2026-11-27T14:00:00Z and 2026-11-27T16:00:00Z only; sessions last at most one hour.",
    ]);
  });

  test("an adopted user signs in as usual; a code-only engagement has no AWS steps", () => {
    const adopted = portal((e) => {
      e.contractor.identityCenterUserId = "9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678";
    });
    expect(adopted[0]).toBe(
      "Open the AWS access portal (https://d-1234567890.awsapps.com/start, unless your contact gives you the organisation's own address) and sign in with your organisation account dana@freelance.example, with MFA as usual.",
    );
    const codeOnly = portal((e) => {
      e.lanes = { code: e.lanes.code };
      e.sharedSecrets = [];
    });
    expect(codeOnly).toStrictEqual([]);
  });
});
