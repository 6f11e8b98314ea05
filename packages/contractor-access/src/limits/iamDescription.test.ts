import { describe, expect, test } from "vitest";
import { checkIamDescription, checkRoleMaxSessionDuration } from "./iamDescription";

describe("checkIamDescription: at most 1,000 characters of tab, newline, CR, U+0020-U+007E, U+00A1-U+00FF", () => {
  test.each([
    ["1,000 characters", "d".repeat(1000)],
    ["Latin-1 letters and signs", "Zoë, Ørsted & Straße: £5 ¡olé!"],
    ["tab, newline and carriage return", "a\tb\nc\r\n"],
    ["empty", ""],
  ])("Compliance: %s", (_, description) => {
    expect(checkIamDescription(description, "IAM role r", "r")).toEqual([]);
  });

  test("Noncompliance 1: 1,001 characters", () => {
    expect(checkIamDescription("d".repeat(1001), "IAM role r", "r")).toEqual([
      {
        resource: "r",
        limit: "iam-description-length",
        allowed: 1000,
        actual: 1001,
        message: "description of IAM role r has 1,001 characters; IAM allows 1,000 (toIamDescription shortens it)",
      },
    ]);
  });

  test.each([
    ["Fix – checkout", "–", '"–" (U+2013)'],
    ["“PAY-1”", "“”", '"“" (U+201C), "”" (U+201D)'],
    ["a\u00a0b", "\u00a0", '"\u00a0" (U+00A0)'],
    ["DEL \u007f", "\u007f", '"\u007f" (U+007F)'],
    ["修复", "修复", '"修" (U+4FEE), "复" (U+590D)'],
    ["NUL \u0000", "\u0000", '"\\u0000" (U+0000)'],
  ])("Noncompliance 2: %j has characters outside Latin-1", (description, actual, described) => {
    expect(checkIamDescription(description, "IAM role r", "r")).toEqual([
      {
        resource: "r",
        limit: "iam-description-characters",
        allowed: "tab, newline, carriage return, U+0020 to U+007E, U+00A1 to U+00FF",
        actual,
        message: `description of IAM role r contains ${described}, which IAM refuses; IAM descriptions accept only Latin-1 (toIamDescription transliterates the rest)`,
      },
    ]);
  });
});

describe("checkRoleMaxSessionDuration: 3,600 to 43,200 seconds", () => {
  test.each([[3600], [43200], [7200]])("Compliance: %i seconds", (seconds) => {
    expect(checkRoleMaxSessionDuration(seconds, "IAM role r", "r")).toEqual([]);
  });

  test.each([
    [3599, "3,599"],
    [43201, "43,201"],
    [3600.5, "3,600.5"],
    [Number.NaN, "NaN"],
  ])("Noncompliance: %d seconds", (seconds, shown) => {
    expect(checkRoleMaxSessionDuration(seconds, "IAM role r", "r")).toEqual([
      {
        resource: "r",
        limit: "iam-role-max-session-duration",
        allowed: "3,600 to 43,200",
        actual: seconds,
        message: `maximum session duration of IAM role r is ${shown} seconds; IAM allows a whole number from 3,600 to 43,200 (1 to 12 hours)`,
      },
    ]);
  });
});
