import { describe, expect, test } from "vitest";
import { checkTags } from "./tags";

const tagsOf = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, "v"]));

describe("checkTags: at most 50 tags, keys 1-128 and values 0-256 of [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@], no aws: keys", () => {
  test.each([
    ["50 tags", tagsOf(50)],
    ["a 128-character key and a 256-character value", { ["k".repeat(128)]: "v".repeat(256) }],
    ["an empty value", { k: "" }],
    ["letters of any script, spaces and _.:/=+-@", { "contractor-access:ticket": "北京 Łódź ٣ _.:/=+-@" }],
    ["a key merely containing aws:", { "x-aws:y": "v" }],
  ])("Compliance: %s", (_, tags) => {
    expect(checkTags(tags, "IAM user u", "u")).toEqual([]);
  });

  test("Noncompliance 1: 51 tags", () => {
    expect(checkTags(tagsOf(51), "IAM user u", "u")).toEqual([
      {
        resource: "u",
        limit: "tags-per-resource",
        allowed: 50,
        actual: 51,
        message: "IAM user u has 51 tags; AWS allows 50 per resource",
      },
    ]);
  });

  test.each([
    [
      { ["k".repeat(129)]: "v" },
      "tag-key-length",
      129,
      `tag key "${"k".repeat(129)}" of IAM user u has 129 characters; AWS allows 1 to 128`,
    ],
    [{ "": "v" }, "tag-key-length", 0, 'tag key "" of IAM user u has 0 characters; AWS allows 1 to 128'],
    [
      { k: "v".repeat(257) },
      "tag-value-length",
      257,
      `tag value "${"v".repeat(257)}" of IAM user u has 257 characters; AWS allows 256`,
    ],
  ])("Noncompliance 2: %j is one past a length", (tags, limit, actual, message) => {
    expect(checkTags(tags, "IAM user u", "u").map((v) => [v.limit, v.actual, v.message])).toEqual([
      [limit, actual, message],
    ]);
  });

  test.each([
    [
      { "a#b": "v" },
      "tag-key-characters",
      "#",
      'tag key "a#b" of IAM user u contains "#"; AWS allows only letters, digits, spaces and _.:/=+-@ in tags',
    ],
    [
      { k: "“PAY-1”" },
      "tag-value-characters",
      "“”",
      'tag value "“PAY-1”" of IAM user u contains "“" (U+201C), "”" (U+201D); AWS allows only letters, digits, spaces and _.:/=+-@ in tags (toTagValue replaces the rest)',
    ],
    [
      { k: "e\u0301" },
      "tag-value-characters",
      "\u0301",
      'tag value "e\u0301" of IAM user u contains "\u0301" (U+0301); AWS allows only letters, digits, spaces and _.:/=+-@ in tags (toTagValue replaces the rest)',
    ],
  ])("Noncompliance 3: %j has a character tags refuse", (tags, limit, actual, message) => {
    expect(checkTags(tags, "IAM user u", "u").map((v) => [v.limit, v.actual, v.message])).toEqual([
      [limit, actual, message],
    ]);
  });

  test.each([["aws:team"], ["AWS:team"], ["Aws:x"]])("Noncompliance 4: key %s uses the reserved prefix", (key) => {
    expect(checkTags({ [key]: "v" }, "IAM user u", "u")).toEqual([
      {
        resource: "u",
        limit: "tag-key-reserved",
        allowed: 'no "aws:" prefix',
        actual: key,
        message: `tag key "${key}" of IAM user u starts with "aws:", which AWS reserves for its own tags; choose another prefix such as "contractor-access:"`,
      },
    ]);
  });
});
