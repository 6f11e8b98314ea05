import { parseInstant } from "../dates/parseInstant";
import { UsageError } from "./usageError";

/** How `plan` and `report` print their output. */
export type OutputFormat = "markdown" | "json";

// Each takes the command it belongs to, so that the error points at that command's help.

/**
 * Reads `--format`.
 * @throws {UsageError} when it is neither markdown nor json.
 */
export function parseFormat(value: string, command?: string): OutputFormat {
  if (value === "markdown" || value === "json") return value;
  throw new UsageError(`--format "${value}" is not a format; use markdown or json`, command);
}

/**
 * Reads `ledger --format`.
 * @throws {UsageError} when it is not json, csv or markdown.
 */
export function parseLedgerFormat(value: string, command?: string): "json" | "csv" | "markdown" {
  if (value === "json" || value === "csv" || value === "markdown") return value;
  throw new UsageError(`--format "${value}" is not a ledger format; use json, csv or markdown`, command);
}

/**
 * Reads `--within`, a whole number of days.
 * @throws {UsageError} when it is not one.
 */
export function parseWithinDays(value: string, command?: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--within "${value}" is not a whole number of days`, command);
  return Number(value);
}

/**
 * Reads `--at`, an ISO instant with an offset.
 * @throws {UsageError} when it is not one.
 */
export function parseAt(value: string, command?: string): Date {
  return parseInstantFlag("--at", value, command);
}

/**
 * Reads an instant flag such as `--since`: an ISO date-time with an offset.
 * @throws {UsageError} naming the flag when it is not one.
 */
export function parseInstantFlag(flag: string, value: string, command?: string): Date {
  try {
    return parseInstant(value, `${flag} "${value}"`);
  } catch (error) {
    // parseInstant documents RangeError for input it refuses; anything else is a defect.
    if (error instanceof RangeError) throw new UsageError(error.message, command);
    throw error;
  }
}
