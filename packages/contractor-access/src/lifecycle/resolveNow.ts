import { parseInstant } from "../dates/parseInstant";

/** The environment variable that sets the instant the stack decides engagement status at. */
export const NOW_VARIABLE = "CONTRACTOR_ACCESS_AT";

/**
 * The instant the stack program runs "at": `CONTRACTOR_ACCESS_AT` (an ISO
 * instant with offset) when set, for tests and for reviewing a future or
 * past state, otherwise the clock.
 *
 * @throws {RangeError} when the variable is set but is not an ISO instant with an offset.
 * @example
 * resolveNow({ CONTRACTOR_ACCESS_AT: "2026-11-29T00:00:00Z" }, () => new Date()); // 2026-11-29T00:00:00Z
 */
export function resolveNow(env: Readonly<Record<string, string | undefined>>, clock: () => Date): Date {
  const text = env[NOW_VARIABLE];
  if (text === undefined || text === "") return clock();
  return parseInstant(text, `${NOW_VARIABLE}="${text}"`);
}
