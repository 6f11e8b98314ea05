import { isValid, parseISO } from "date-fns";

/**
 * Parses an instant given on the command line: ISO 8601 with an offset.
 *
 * @throws {RangeError} naming the option when the text is not such an instant.
 * @example
 * parseInstant("2026-11-29T00:00:00Z", "--at"); // 2026-11-29T00:00:00.000Z
 */
export function parseInstant(text: string, option: string): Date {
  const instant = parseISO(text);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text) || !isValid(instant)) {
    throw new RangeError(`${option} "${text}" is not an ISO instant with an offset, such as 2026-11-29T00:00:00Z`);
  }
  return instant;
}
