import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { allRules } from "./index";

// The README's guardrail table: the rows between its header and the next blank line.
function readmeRuleRows(): { names: string[]; requires: string }[] {
  const readme = readFileSync(join(__dirname, "../../../../README.md"), "utf8");
  const start = readme.indexOf("| rule ");
  expect(start, "the README has a guardrail table starting with | rule").toBeGreaterThan(-1);
  const table = readme.slice(start).split("\n\n")[0] ?? "";
  return table
    .split("\n")
    .slice(2)
    .map((row) => {
      const [, rule = "", requires = ""] = row.split("|").map((cell) => cell.trim());
      return { names: [...rule.matchAll(/`([A-Za-z]+)`/g)].map((match) => match[1] ?? ""), requires };
    });
}

describe("the README's guardrail table lists exactly the rules that run", () => {
  test("every rule once, and no rule that does not exist", () => {
    const listed = readmeRuleRows().flatMap((row) => row.names);
    expect([...listed].sort()).toStrictEqual(allRules.map((rule) => rule.name).sort());
  });

  test("the rows that say warning are exactly the rules of severity warning", () => {
    const warned = readmeRuleRows()
      .filter((row) => row.requires.startsWith("warning"))
      .flatMap((row) => row.names);
    expect(warned.sort()).toStrictEqual(
      allRules
        .filter((rule) => rule.severity === "warning")
        .map((rule) => rule.name)
        .sort(),
    );
  });
});
