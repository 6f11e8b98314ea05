/**
 * Counts a noun in plain English.
 *
 * @example
 * plural(1, "day"); // "1 day"
 * plural(7, "day"); // "7 days"
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
