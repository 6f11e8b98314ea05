// Spreadsheets run a cell that starts with one of these as a formula, and a
// ledger holds text from engagement files anyone could propose (OWASP "CSV
// injection"); a leading apostrophe makes it text again.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote,
 * a line break or edge spaces, with quotes doubled; text that a spreadsheet
 * would run as a formula gets a leading `'`.
 *
 * @example
 * csvCell('say "hi", then go'); // '"say ""hi"", then go"'
 * csvCell("=HYPERLINK(\"x\")"); // "\"'=HYPERLINK(\"\"x\"\")\""
 */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV: a header row, then one line per row, each ended by CRLF as
 * RFC 4180 asks.
 *
 * @example
 * csvTable(["a", "b"], [["1", "x,y"]]); // 'a,b\r\n1,"x,y"\r\n'
 */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
