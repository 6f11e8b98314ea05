import { expect, test } from "vitest";
import { parseInstant } from "./parseInstant";

test.each([
  ["2026-11-29T00:00:00Z", "2026-11-29T00:00:00.000Z"],
  ["2026-11-29T01:00:00+01:00", "2026-11-29T00:00:00.000Z"],
  ["2026-11-29T05:30:00+0530", "2026-11-29T00:00:00.000Z"],
])("parseInstant(%s) is %s", (text, expected) => {
  expect(parseInstant(text, "x").toISOString()).toBe(expected);
});

test.each([["2026-11-29T00:00:00"], ["2026-11-29"], ["2026-02-30T00:00:00Z"], ["tomorrow"]])(
  "parseInstant(%s) is refused, naming the input",
  (text) => {
    expect(() => parseInstant(text, `--at "${text}"`)).toThrow(
      new RangeError(`--at "${text}" is not an ISO instant with an offset, such as 2026-11-29T00:00:00Z`),
    );
  },
);
