import { describe, expect, test } from "vitest";
import { compareText } from "./compareText";
import { plural } from "./plural";

describe("plural", () => {
  test.each([
    [0, "0 days"],
    [1, "1 day"],
    [2, "2 days"],
  ])("%i → %s", (count, expected) => {
    expect(plural(count, "day")).toBe(expected);
  });
});

describe("compareText: code-unit order, independent of locale", () => {
  test("upper case before lower case, digits before letters, ties are 0", () => {
    expect(["b", "a", "B", "1"].sort(compareText)).toStrictEqual(["1", "B", "a", "b"]);
    expect(compareText("same", "same")).toBe(0);
  });
});
