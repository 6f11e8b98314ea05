import { formatCount, type LimitViolation } from "./limitViolation";

/**
 * A length violation of a GitHub name or text, or none: GitHub counts
 * characters; UTF-16 code units are never fewer, so this errs on the safe side.
 *
 * @example
 * githubLengthViolation("GitHub username", "", 1, 39, "m", "github-username-length")[0]?.actual; // 0
 */
export function githubLengthViolation(
  what: string,
  text: string,
  min: number,
  max: number,
  resource: string,
  limit: string,
): LimitViolation[] {
  if (text.length >= min && text.length <= max) return [];
  const range = min > 0 ? `${min} to ${formatCount(max)}` : formatCount(max);
  return [
    {
      resource,
      limit,
      allowed: max,
      actual: text.length,
      message: `${what} "${text}" has ${formatCount(text.length)} characters; GitHub allows ${range}`,
    },
  ];
}
