import { TZDate } from "@date-fns/tz";
import { parseInstantFlag } from "./optionValues";
import { UsageError } from "./usageError";

/** `--since` as given: a calendar date (resolved in the stack timezone later) or an instant. */
export type SinceValue = { readonly date: string } | { readonly instant: Date };

/**
 * Reads `report --since`: `YYYY-MM-DD` (00:00 in the stack timezone, which
 * is known only once the config is read) or an ISO instant with an offset.
 *
 * @throws {UsageError} naming `--since` when it is neither, or an impossible date.
 * @example
 * parseSince("2026-10-01", "report"); // { date: "2026-10-01" }
 */
export function parseSince(value: string, command: string): SinceValue {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!date) return { instant: parseInstantFlag("--since", value, command) };
  const [year, month, day] = date.slice(1).map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new UsageError(`--since "${value}" is not a calendar date`, command);
  }
  return { date: value };
}

/**
 * The instant a `--since` value names: a date's first instant in `timeZone`.
 *
 * @example
 * sinceInstant({ date: "2026-10-01" }, "Europe/Berlin"); // 2026-09-30T22:00:00.000Z
 */
export function sinceInstant(since: SinceValue, timeZone: string): Date {
  if ("instant" in since) return since.instant;
  const [year, month, day] = since.date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}
