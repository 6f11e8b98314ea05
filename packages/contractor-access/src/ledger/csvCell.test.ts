import { describe, expect, test } from "vitest";
import { csvCell, csvTable } from "./csvCell";

describe("csvCell: RFC 4180 quoting, and text a spreadsheet would run kept as text", () => {
  test.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    [" padded", '" padded"'],
    ["", ""],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
  ])("%j is written %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test("a table is a header row and one CRLF-ended line per row, and parses back to the same fields", () => {
    const text = csvTable(["a", "b"], [["1", 'x, "y"\nz']]);
    expect(text).toBe('a,b\r\n1,"x, ""y""\nz"\r\n');
  });
});
