import { describe, expect, test } from "vitest";
import { didYouMean } from "./didYouMean";

describe("didYouMean", () => {
  test.each([
    ["--formt", ["--format", "--base"], ' (did you mean "--format"?)'],
    ["plna", ["validate", "plan", "report"], ' (did you mean "plan"?)'],
    ["deploy", ["validate", "plan", "report"], ""],
    ["--bogus", ["--engagements", "--config", "--base"], ""],
    ["plan", [], ""],
  ])("%s among %j", (typed, candidates, suffix) => {
    expect(didYouMean(typed, candidates)).toBe(suffix);
  });
});
