import { describe, expect, test } from "vitest";
import { fitMarkdown } from "./fitMarkdown";

describe("fitMarkdown: keeps what fits, in order, and says what it left out", () => {
  const line = (n: number) => `- ${"x".repeat(98)}${n}`.slice(0, 100);

  test("everything fits: the parts joined, with no note", () => {
    expect(fitMarkdown([{ text: "# T" }, { text: "- a", group: "changes" }], 1000, "See the file.")).toBe("# T\n- a");
  });

  test("a group is cut at its end, a later small group still fits, and the note counts each group", () => {
    const parts = [
      { text: "# T" },
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ text: line(n), group: "ended engagement" })),
      { text: "## Totals" },
      { text: "- small", group: "totals line" },
    ];
    const text = fitMarkdown(parts, 1300, "The full review is in the --output file.");
    expect(text.length).toBeLessThanOrEqual(1300);
    expect(text.split("\n").filter((row) => row.startsWith("- x"))).toHaveLength(6);
    expect(text).toContain("## Totals\n- small");
    expect(text).toMatch(
      /\n\n> \[!NOTE\]\n> Left out to fit 1,300 characters: 4 ended engagements\. The full review is in the --output file\.$/,
    );
  });

  test("required parts are kept even when they alone are long", () => {
    const text = fitMarkdown([{ text: "a".repeat(2000) }, { text: "- b", group: "change" }], 1000, "x");
    expect(text.startsWith("a".repeat(2000))).toBe(true);
    expect(text).toContain(": 1 change. x");
  });
});
