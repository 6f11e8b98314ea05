import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { idIsSlug } from "./idIsSlug";

const withId = (id: string) =>
  engagementWith((e) => {
    e.id = id;
  });

describe("idIsSlug: the id is a lowercase slug of 3 to 40 characters", () => {
  test.each(["checkout-fix-2026-11", "a1b", "0-9", "a".repeat(40)])("Compliance: %s", (id) => {
    expect(idIsSlug.check([withId(id)], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: uppercase and underscore, with a slug suggested", () => {
    expect(idIsSlug.check([withId("Checkout_Fix")], settingsWith())).toEqual([
      {
        rule: "idIsSlug",
        severity: "error",
        engagementIndex: 0,
        path: ["id"],
        message:
          'id "Checkout_Fix" is not a lowercase slug; use 3 to 40 characters of a-z, 0-9 and "-" that start and end with a letter or digit, such as "checkout-fix", because resource names derive from it',
      },
    ]);
  });

  test("Noncompliance 2: nothing to suggest falls back to an example", () => {
    const [finding] = idIsSlug.check([withId("é!")], settingsWith());
    expect(finding?.message).toContain('such as "checkout-fix-2026-11"');
  });

  test.each(["ab", "a".repeat(41), "-checkout", "checkout-", "checkout fix", "checkout.fix", ""])(
    "Noncompliance 3: %j",
    (id) => {
      expect(idIsSlug.check([withId(id)], settingsWith())).toHaveLength(1);
    },
  );
});
