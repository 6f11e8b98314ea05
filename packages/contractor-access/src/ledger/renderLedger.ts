import { csvTable } from "./csvCell";
import type { LedgerEvent } from "./ledgerEvent";

/** The ledger's output formats. */
export type LedgerFormat = "json" | "csv" | "markdown";

/** The CSV and markdown columns, in order. */
export const LEDGER_COLUMNS = [
  "date",
  "commit",
  "author",
  "engagement",
  "kind",
  "changes",
  "owner",
  "production_approved_by",
  "production_approval",
  "data_approved_by",
  "access_ends",
  "access_end_reason",
  "access_ended",
  "file",
] as const;

function row(event: LedgerEvent): string[] {
  const { approvals, accessEnds } = event;
  return [
    event.date,
    event.commit,
    event.author,
    event.engagement,
    event.kind,
    event.changes.map((change) => change.message).join("; "),
    approvals?.owner ?? "",
    approvals?.production?.approvedBy ?? "",
    approvals?.production?.approval ?? "",
    approvals?.data?.approvedBy ?? "",
    accessEnds?.at ?? "",
    accessEnds?.reason ?? "",
    accessEnds === undefined ? "" : String(accessEnds.ended),
    event.file,
  ];
}

// A table cell holds one line, and a pipe would end the cell early.
function markdownCell(value: string): string {
  return value.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/\r?\n/g, "<br>");
}

function markdown(events: readonly LedgerEvent[]): string {
  const title = "# Access ledger";
  if (events.length === 0) return `${title}\n\nNo access changes in the history asked for.\n`;
  const header = `| ${LEDGER_COLUMNS.join(" | ")} |\n|${LEDGER_COLUMNS.map(() => " --- |").join("")}`;
  const lines = events.map((event) => `| ${row(event).map(markdownCell).join(" | ")} |`);
  return `${title}\n\n${header}\n${lines.join("\n")}\n`;
}

/**
 * Writes the ledger: JSON as `{ "events": [...] }` with every field, CSV
 * with a header row and the changes of an event joined by `; `, or a
 * markdown table with the same columns.
 *
 * @example
 * renderLedger([], "json"); // '{\n  "events": []\n}\n'
 */
export function renderLedger(events: readonly LedgerEvent[], format: LedgerFormat): string {
  if (format === "json") return `${JSON.stringify({ events }, null, 2)}\n`;
  if (format === "csv") return csvTable(LEDGER_COLUMNS, events.map(row));
  return markdown(events);
}
