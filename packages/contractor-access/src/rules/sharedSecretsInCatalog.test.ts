import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { sharedSecretsInCatalog } from "./sharedSecretsInCatalog";

const withSecrets = (...sharedSecrets: string[]) =>
  engagementWith((e) => {
    e.sharedSecrets = sharedSecrets;
  });

describe("sharedSecretsInCatalog: every shared secret is in the catalog, once", () => {
  test.each([["stripe-test-key"], []])("Compliance: %j", (...secrets) => {
    expect(sharedSecretsInCatalog.check([withSecrets(...secrets)], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: a secret the catalog does not have", () => {
    expect(sharedSecretsInCatalog.check([withSecrets("stripe-test-key", "stripe-live-key")], settingsWith())).toEqual([
      {
        rule: "sharedSecretsInCatalog",
        severity: "error",
        engagementIndex: 0,
        path: ["sharedSecrets", 1],
        message:
          'shared secret "stripe-live-key" is not in the stack\'s shared secret catalog (stripe-test-key); use one of those, or add it to the contractorAccess:sharedSecrets stack setting first',
      },
    ]);
  });

  test("Noncompliance 2: a secret listed twice", () => {
    expect(sharedSecretsInCatalog.check([withSecrets("stripe-test-key", "stripe-test-key")], settingsWith())).toEqual([
      {
        rule: "sharedSecretsInCatalog",
        severity: "error",
        engagementIndex: 0,
        path: ["sharedSecrets", 1],
        message: 'shared secret "stripe-test-key" is already listed at sharedSecrets[0]; list each secret once',
      },
    ]);
  });

  test("Noncompliance 3: an empty catalog", () => {
    const [finding] = sharedSecretsInCatalog.check(
      [withSecrets("stripe-test-key")],
      settingsWith({ sharedSecrets: {} }),
    );
    expect(finding?.message).toBe(
      'shared secret "stripe-test-key" is not in the stack\'s shared secret catalog, which is empty; add it to the contractorAccess:sharedSecrets stack setting first',
    );
  });
});
