import { describe, expect, test } from "vitest";
import type { LedgerEvent } from "./ledgerEvent";
import { renderLedger } from "./renderLedger";

const EVENT: LedgerEvent = {
  commit: "0123456789abcdef0123456789abcdef01234567",
  date: "2026-11-20T09:00:00+01:00",
  author: "Priya | Raman",
  engagement: "checkout-fix-2026-11",
  file: "engagements/checkout.yaml",
  kind: "invalid",
  changes: [
    { kind: "changed", lane: "engagement", message: "a: first\nsecond" },
    { kind: "changed", lane: "engagement", message: "b" },
  ],
  approvals: undefined,
  accessEnds: undefined,
};

describe("renderLedger: JSON, CSV and markdown of the same events", () => {
  test("no events: an empty list, a header row, a sentence", () => {
    expect(renderLedger([], "json")).toBe('{\n  "events": []\n}\n');
    expect(renderLedger([], "csv").split("\r\n")).toHaveLength(2);
    expect(renderLedger([], "markdown")).toBe("# Access ledger\n\nNo access changes in the history asked for.\n");
  });

  test("markdown keeps one row per event: pipes escaped, line breaks as <br>, unknown fields empty", () => {
    const lines = renderLedger([EVENT], "markdown").split("\n");
    expect(lines[4]).toBe(
      "| 2026-11-20T09:00:00+01:00 | 0123456789abcdef0123456789abcdef01234567 | Priya \\| Raman | checkout-fix-2026-11 | invalid | a: first<br>second; b |  |  |  |  |  |  |  | engagements/checkout.yaml |",
    );
    expect(lines).toHaveLength(6);
  });

  test("CSV quotes the multi-line changes field, so a spreadsheet reads one row", () => {
    expect(renderLedger([EVENT], "csv").split("\r\n")[1]).toBe(
      '2026-11-20T09:00:00+01:00,0123456789abcdef0123456789abcdef01234567,Priya | Raman,checkout-fix-2026-11,invalid,"a: first\nsecond; b",,,,,,,,engagements/checkout.yaml',
    );
  });
});
