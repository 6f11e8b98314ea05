import { describe, expect, test } from "vitest";
import { checkIdentityStoreUserName, checkPermissionSet } from "./identityCenter";
import { policyOfSize } from "./policyOfSize.testing";

const limits = (name: string, sessionDuration: string, inlinePolicy: object | string = {}) =>
  checkPermissionSet({ name, sessionDuration, inlinePolicy }, "ps").map((violation) => violation.limit);

describe("checkPermissionSet: names, sessions and the role-sized inline policy", () => {
  test.each([
    ["a 32-character name, 1 hour", "a".repeat(32), "PT1H", []],
    ["12 hours", "contractor-x", "PT12H", []],
    ["a 33-character name", "a".repeat(33), "PT4H", ["identity-center-permission-set-name"]],
    ["an empty name", "", "PT4H", ["identity-center-permission-set-name"]],
    ["a space in the name", "contractor x", "PT4H", ["identity-center-permission-set-name"]],
    ["13 hours", "contractor-x", "PT13H", ["identity-center-session-duration"]],
    ["30 minutes", "contractor-x", "PT30M", ["identity-center-session-duration"]],
  ] as const)("%s", (_what, name, duration, expected) => {
    expect(limits(name, duration)).toStrictEqual(expected);
  });

  test("the inline policy: 10,240 characters fit, 10,241 do not, though the API would take 32,768", () => {
    expect(limits("contractor-x", "PT4H", policyOfSize(10240))).toStrictEqual([]);
    expect(
      checkPermissionSet({ name: "contractor-x", sessionDuration: "PT4H", inlinePolicy: policyOfSize(10241) }, "ps"),
    ).toStrictEqual([
      {
        resource: "ps",
        limit: "identity-center-inline-policy-size",
        allowed: 10240,
        actual: 10241,
        message:
          "the inline policy of permission set contractor-x has 10,241 characters; it becomes a role's inline policy in the account, which IAM caps at 10,240",
      },
    ]);
  });
});

describe("checkPermissionSet: descriptions; checkIdentityStoreUserName", () => {
  const described = (description: string) =>
    checkPermissionSet({ name: "contractor-x", sessionDuration: "PT4H", inlinePolicy: {}, description }, "ps").map(
      (violation) => violation.limit,
    );

  test("700 characters of Latin-1 fit; 701, or a character outside Latin-1, do not", () => {
    expect(described(`Zoë ${"a".repeat(696)}`)).toStrictEqual([]);
    expect(described("a".repeat(701))).toStrictEqual(["identity-center-permission-set-description"]);
    expect(described("北京")).toStrictEqual(["identity-center-permission-set-description"]);
  });

  test("user names of 1 to 128 characters", () => {
    expect(checkIdentityStoreUserName("a".repeat(128), "user")).toStrictEqual([]);
    expect(checkIdentityStoreUserName("a".repeat(129), "user").map((violation) => violation.limit)).toStrictEqual([
      "identity-store-user-name",
    ]);
  });
});
