import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cutToLength } from "./acceptableText";
import { toIamDescription, toIamName, toPolicyText, toTagValue } from "./awsText";
import { checkPolicyDocument } from "./checkPolicyDocument";
import { checkIamDescription } from "./iamDescription";
import { checkIamName } from "./iamNames";
import { checkTags } from "./tags";

// Text that tends to break things: emoji (with ZWJ and flags), CJK, RTL
// scripts and marks, combining marks, control and format characters, lone
// surrogates, typographic punctuation, and any code point at all.
const awkward = fc.constantFrom(
  "😀",
  "👩‍💻",
  "🇩🇪",
  "北京",
  "修复结账",
  "東京",
  "שלום",
  "مرحبا",
  "\u200f",
  "\u202e",
  "e\u0301",
  "\u0301",
  "\u20dd",
  "\u0000",
  "\u0007",
  "\n",
  "\r",
  "\t",
  "\u2028",
  "\ud800",
  "\udfff",
  "–",
  "—",
  "“",
  "”",
  "‘",
  "’",
  "…",
  "\u00a0",
  "Ł",
  "ß",
  "é",
  "€",
  "#",
  ",",
);
const anyText = fc
  .array(fc.oneof(awkward, fc.string({ unit: "binary", maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(""));
const longText = fc.tuple(anyText, fc.integer({ min: 0, max: 1200 })).map(([text, pad]) => `${"a".repeat(pad)}${text}`);

describe("toIamDescription: Latin-1, transliterated, at most 1,000 characters", () => {
  test.each([
    ["Checkout fix – ticket “PAY-1”", 'Checkout fix - ticket "PAY-1"'],
    ["Zoë’s task — Straße & café", "Zoë's task - Straße & café"],
    ["e\u0301 composed", "é composed"],
    ["修复结账 PAY-1", "Xiu Fu Jie Zhang PAY-1"],
    ["Łódź", "Lódz"],
    ["launch 🚀🚀🚀 now", "launch - now"],
    ["a\u200fb\u0000c", "abc"],
    ["x\u0301\u20dd", "x"],
    ["a\u00a0b", "a b"],
    ["tab\tline\ncr\r", "tab\tline\ncr\r"],
  ])("%j becomes %j", (text, expected) => {
    expect(toIamDescription(text)).toBe(expected);
  });

  test("1,000 characters pass, the 1,001st is cut", () => {
    expect(toIamDescription("d".repeat(1000))).toBe("d".repeat(1000));
    expect(toIamDescription("d".repeat(1001))).toBe("d".repeat(1000));
  });

  test("property: for any text the result passes checkIamDescription", () => {
    fc.assert(
      fc.property(longText, (text) => {
        expect(checkIamDescription(toIamDescription(text), "r", "r")).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test("property: printable ASCII with tabs and newlines, within 1,000 characters, passes through unchanged", () => {
    const ascii = fc.string({
      unit: fc.constantFrom(..." !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\t\n\r"),
      maxLength: 1000,
    });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(toIamDescription(text)).toBe(text);
      }),
    );
  });
});

describe("toTagValue: letters of any script kept, the rest transliterated or -, at most 256", () => {
  test.each([
    ["PAY-1 “urgent”, #42", "PAY-1 -urgent- -42"],
    ["修复结账 Łódź", "修复结账 Łódź"],
    ["line\nbreak\ttab", "line break tab"],
    ["a–b", "a-b"],
    ["e\u0301", "é"],
    ["👩‍💻 on it", "- on it"],
    ["owner@acme.example", "owner@acme.example"],
  ])("%j becomes %j", (text, expected) => {
    expect(toTagValue(text)).toBe(expected);
  });

  test("256 characters pass, the 257th is cut, and an emoji is never cut in half", () => {
    expect(toTagValue("v".repeat(257))).toBe("v".repeat(256));
    expect(toTagValue(`${"v".repeat(255)}𠀀`)).toBe("v".repeat(255));
  });

  test("property: for any text the result passes checkTags", () => {
    fc.assert(
      fc.property(longText, (text) => {
        expect(checkTags({ k: toTagValue(text) }, "u", "u")).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test("property: text of allowed characters, within 256, passes through unchanged", () => {
    const allowed = fc.string({ unit: fc.constantFrom(..."aZ09 _.:/=+-@é北Ωß٣\u3000"), maxLength: 256 });
    fc.assert(
      fc.property(allowed, (text) => {
        expect(toTagValue(text)).toBe(text);
      }),
    );
  });
});

describe("toPolicyText and toIamName", () => {
  test.each([
    ["Zoë – team", "Zoë - team"],
    ["“quoted” 😀", '"quoted" -'],
  ])("toPolicyText(%j) is %j", (text, expected) => {
    expect(toPolicyText(text)).toBe(expected);
  });

  test.each([
    ["Łukasz Kowalski", "IAM user", "Lukasz-Kowalski"],
    ["contractor-x", "IAM user", "contractor-x"],
    ["x".repeat(65), "IAM role", "x".repeat(64)],
    ["p".repeat(129), "managed policy", "p".repeat(128)],
  ] as const)("toIamName(%j, %s) is %j", (text, kind, expected) => {
    expect(toIamName(text, kind)).toBe(expected);
  });

  test("property: toPolicyText output is accepted inside a policy document", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const document = {
          Statement: [{ Sid: "A", Condition: { StringEquals: { "aws:PrincipalTag/t": toPolicyText(text) } } }],
        };
        expect(checkPolicyDocument(document, { label: "p", resource: "p" }).violations).toEqual([]);
      }),
    );
  });

  test("property: toIamName output is empty or a name IAM accepts", () => {
    fc.assert(
      fc.property(longText, (text) => {
        const name = toIamName(text, "IAM user");
        if (name !== "") expect(checkIamName("IAM user", name, "u")).toEqual([]);
      }),
    );
  });
});

describe("cutToLength", () => {
  test.each([
    ["abc", 3, "abc"],
    ["abcd", 3, "abc"],
    ["ab😀", 3, "ab"],
    ["ab😀", 4, "ab😀"],
  ])("cutToLength(%j, %i) is %j", (text, max, expected) => {
    expect(cutToLength(text, max)).toBe(expected);
  });
});
