import { describe, expect, test } from "vitest";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { engagementWith, settingsWith } from "../testing/fixtures";
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
