import { closest, distance } from "fastest-levenshtein";

/**
 * A ` (did you mean "…"?)` suffix naming the candidate closest to what was
 * typed, when it is close enough to be a typo; otherwise "". The threshold
 * is the one used for unknown fields in engagement files.
 *
 * @example
 * didYouMean("--formt", ["--format", "--base"]); // ' (did you mean "--format"?)'
 * didYouMean("deploy", ["validate", "plan", "report"]); // ""
 */
export function didYouMean(typed: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return "";
  const suggestion = closest(typed, [...candidates]);
  return distance(typed, suggestion) <= Math.max(2, Math.floor(typed.length / 3))
    ? ` (did you mean "${suggestion}"?)`
    : "";
}
