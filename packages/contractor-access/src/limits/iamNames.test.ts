import { describe, expect, test } from "vitest";
import { checkIamName, checkIamPath } from "./iamNames";

describe("checkIamName: 1-64 (users, roles) or 1-128 (groups, policies) characters of [\\w+=,.@-]", () => {
  test.each([
    ["IAM user", "u".repeat(64)],
    ["IAM role", "r".repeat(64)],
    ["IAM group", "g".repeat(128)],
    ["managed policy", "p".repeat(128)],
    ["inline policy", "i".repeat(128)],
    ["IAM user", "a_B+=,.@-9"],
  ] as const)("Compliance: %s %s", (kind, name) => {
    expect(checkIamName(kind, name, "res")).toEqual([]);
  });

  test.each([
    ["IAM user", "u".repeat(65), 64, 65],
    ["IAM role", "r".repeat(65), 64, 65],
    ["managed policy", "p".repeat(129), 128, 129],
    ["IAM group", "g".repeat(129), 128, 129],
  ] as const)("Noncompliance 1: %s name one past the limit", (kind, name, allowed, actual) => {
    expect(checkIamName(kind, name, "res")).toEqual([
      {
        resource: "res",
        limit: "iam-name-length",
        allowed,
        actual,
        message: `${kind} name "${name}" has ${actual} characters; IAM allows 1 to ${allowed}`,
      },
    ]);
  });

  test("Noncompliance 2: an empty name", () => {
    expect(checkIamName("IAM role", "", "res").map((v) => v.message)).toEqual([
      'IAM role name "" has 0 characters; IAM allows 1 to 64',
    ]);
  });

  test.each([
    ["contractor x", " ", '" " (U+0020)'],
    ["Łukasz", "Ł", '"Ł" (U+0141)'],
    ["a/b", "/", '"/"'],
  ])("Noncompliance 3: %s has a character IAM names refuse", (name, actual, described) => {
    expect(checkIamName("IAM user", name, "res")).toEqual([
      {
        resource: "res",
        limit: "iam-name-characters",
        allowed: "A-Z a-z 0-9 _+=,.@-",
        actual,
        message: `IAM user name "${name}" contains ${described}; IAM names allow only ASCII letters, digits and _+=,.@-`,
      },
    ]);
  });
});

describe("checkIamPath: / or /…/, at most 512 characters, ASCII ! to ~ (policies: [A-Za-z0-9.,+@=_-])", () => {
  const atLimit = `/${"a".repeat(510)}/`;
  test.each([
    ["IAM user", "/"],
    ["IAM role", "/contractors/"],
    ["IAM user", "/a~!b/c/"],
    ["IAM user", atLimit],
    ["managed policy", "/contractors/x.y,z+@=_-/"],
  ] as const)("Compliance: %s path %s", (kind, path) => {
    expect(checkIamPath(kind, path, "res")).toEqual([]);
  });

  test.each([
    ["IAM user", `${atLimit}a/`, "iam-path-length", "path of IAM user res has 514 characters; IAM allows 512"],
    [
      "IAM user",
      "contractors",
      "iam-path-form",
      'path "contractors" of IAM user res must be "/" or start and end with "/", such as /contractors/',
    ],
    [
      "IAM role",
      "/contractors",
      "iam-path-form",
      'path "/contractors" of IAM role res must be "/" or start and end with "/", such as /contractors/',
    ],
    [
      "IAM user",
      "/a b/",
      "iam-path-characters",
      'path "/a b/" of IAM user res contains " " (U+0020); IAM allows only ASCII ! to ~ in its paths',
    ],
    [
      "managed policy",
      "/a~b/",
      "iam-path-characters",
      'path "/a~b/" of managed policy res contains "~"; IAM allows only A-Z a-z 0-9 .,+@=_- and / in policy paths',
    ],
    [
      "managed policy",
      "/a//b/",
      "iam-path-form",
      'path "/a//b/" of managed policy res must be "/" or start and end with "/" with no empty segment, such as /contractors/',
    ],
  ] as const)("Noncompliance: %s path %s", (kind, path, limit, message) => {
    expect(checkIamPath(kind, path, "res").map((v) => [v.limit, v.message])).toEqual([[limit, message]]);
  });

  test("a user path of exactly 512 characters is accepted and 513 is not", () => {
    expect(atLimit.length).toBe(512);
    expect(checkIamPath("IAM user", `/${"a".repeat(511)}/`, "res").map((v) => v.actual)).toEqual([513]);
  });
});
