/**
 * Orders strings by UTF-16 code units, for output that must be the same on
 * every machine: `localeCompare` would depend on the runner's ICU data.
 *
 * @example
 * ["b", "a", "B"].sort(compareText); // ["B", "a", "b"]
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
