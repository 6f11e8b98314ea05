import { describe, expect, test } from "vitest";
import { checkPolicyDocument } from "./checkPolicyDocument";
import { policyCharacterCount, readPolicyDocument } from "./policyCharacters";
import { policyOfSize } from "./policyOfSize.testing";
import { checkStatementIds } from "./statementIds";

const check = { label: "managed policy b", resource: "b", maxCharacters: 6144, limit: "iam-managed-policy-size" };

describe("policyCharacterCount: counts the minified JSON, as IAM does not count whitespace", () => {
  test.each([
    ['{ "Version": "2012-10-17",\n  "Statement": [] }', 39],
    [{ Version: "2012-10-17", Statement: [] }, 39],
    ['{"a":"x y"}', 11],
  ])("%j has %i characters", (document, count) => {
    expect(policyCharacterCount(document)).toBe(count);
  });

  test("a document that is not JSON has no count", () => {
    expect(policyCharacterCount("{not json")).toBeUndefined();
    expect(readPolicyDocument("{not json").ok).toBe(false);
  });
});

describe("checkPolicyDocument: JSON, Latin-1 characters, Sids, size", () => {
  test("Compliance: a managed policy of exactly 6,144 characters", () => {
    expect(checkPolicyDocument(policyOfSize(6144), check)).toEqual({ violations: [], characters: 6144 });
  });

  test("Noncompliance 1: a managed policy of 6,145 characters", () => {
    expect(checkPolicyDocument(policyOfSize(6145), check).violations).toEqual([
      {
        resource: "b",
        limit: "iam-managed-policy-size",
        allowed: 6144,
        actual: 6145,
        message: "managed policy b has 6,145 characters without whitespace; IAM allows 6,144",
      },
    ]);
  });

  test("Noncompliance 2: an en dash and an emoji in a document", () => {
    const document = { Statement: [{ Sid: "A", Condition: { StringEquals: { "aws:PrincipalTag/t": "a–b 😀 é" } } }] };
    expect(checkPolicyDocument(document, check).violations).toEqual([
      {
        resource: "b",
        limit: "iam-policy-characters",
        allowed: "tab, newline, carriage return, U+0020 to U+00FF",
        actual: "–😀",
        message:
          'managed policy b contains "–" (U+2013), "😀" (U+1F600), which IAM refuses in a policy document; use only tab, newline, carriage return and U+0020 to U+00FF (Latin-1)',
      },
    ]);
  });

  test("Noncompliance 3: a document that is not JSON", () => {
    const { violations, characters } = checkPolicyDocument("{", check);
    expect(characters).toBeUndefined();
    expect(violations.map((v) => v.limit)).toEqual(["iam-policy-json"]);
    expect(violations[0]?.message).toMatch(
      /^managed policy b is not valid JSON \(.+\); IAM accepts only a JSON policy document$/,
    );
  });

  test("Noncompliance 4: an object that cannot be serialized is reported, not thrown", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(checkPolicyDocument(circular, check).violations.map((v) => v.limit)).toEqual(["iam-policy-json"]);
  });
});

describe("checkStatementIds: Sids alphanumeric and unique within one document", () => {
  test.each([
    [{ Statement: [{ Sid: "ReadOrders2" }, { Sid: "ReadOrders" }, {}] }],
    [{ Statement: { Sid: "Single" } }],
    [{ Statement: [{ Sid: "" }] }],
    [{}],
  ])("Compliance: %j", (document) => {
    expect(checkStatementIds(document, "policy p", "p")).toEqual([]);
  });

  test.each([
    ["Read-Orders", '"Read-Orders"'],
    ["Read Orders", '"Read Orders"'],
    ["Lesen_Ä", '"Lesen_Ä"'],
    [42, "42"],
  ])("Noncompliance 1: Sid %j is not alphanumeric", (sid, shown) => {
    expect(checkStatementIds({ Statement: [{ Sid: sid }] }, "policy p", "p")).toEqual([
      {
        resource: "p",
        limit: "iam-sid-characters",
        allowed: "A-Z a-z 0-9",
        actual: String(sid),
        message: `statement id ${shown} in policy p is not alphanumeric; IAM allows only A-Z, a-z and 0-9 in a Sid`,
      },
    ]);
  });

  test("Noncompliance 2: datasets orders-2 and orders2 both give ReadDatasetOrders2", () => {
    const document = { Statement: [{ Sid: "ReadDatasetOrders2" }, { Sid: "ReadDatasetOrders2" }] };
    expect(checkStatementIds(document, "policy p", "p")).toEqual([
      {
        resource: "p",
        limit: "iam-sid-unique",
        allowed: 1,
        actual: 2,
        message:
          'statement id "ReadDatasetOrders2" appears 2 times in policy p; IAM requires each Sid to be unique within a policy',
      },
    ]);
  });
});
