import { isValid, parseISO } from "date-fns";

/**
 * Parses an instant given from outside a file (a command-line option, an
 * environment variable): ISO 8601 with an offset, so that no machine's
 * local zone decides what it means.
 *
 * @param label How the input is named in the error, such as `--at "tomorrow"`.
 * @throws {RangeError} "<label> is not an ISO instant with an offset, …" when it is not one.
 * @example
 * parseInstant("2026-11-29T00:00:00Z", '--at "2026-11-29T00:00:00Z"'); // 2026-11-29T00:00:00.000Z
 */
export function parseInstant(text: string, label: string): Date {
  const instant = parseISO(text);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text) || !isValid(instant)) {
    throw new RangeError(`${label} is not an ISO instant with an offset, such as 2026-11-29T00:00:00Z`);
  }
  return instant;
}
