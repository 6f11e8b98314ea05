/**
 * One limit a planned resource breaks, with what the service allows and what
 * the plan has, so that a caller can print one line per problem and a person
 * can fix it without reading this library.
 *
 * @example
 * const violation: LimitViolation = {
 *   resource: "contractor-x",
 *   limit: "iam-inline-policies-per-user",
 *   allowed: 2048,
 *   actual: 2311,
 *   message: "inline policies of IAM user contractor-x total 2,311 characters; IAM allows 2,048 per user",
 * };
 */
export interface LimitViolation {
  /** Logical name of the planned resource that breaks the limit (its Pulumi name, or "quotas"). */
  readonly resource: string;
  /** Short, stable name of the limit, such as `iam-managed-policy-size`. */
  readonly limit: string;
  /** What the service allows: a maximum, or a description of the allowed form. */
  readonly allowed: number | string;
  /** What the plan has: a figure, or the offending text. */
  readonly actual: number | string;
  /** One sentence a platform engineer can act on. */
  readonly message: string;
}

/**
 * Formats a count the way the AWS and GitHub documentation print them, with
 * thousands separators, so messages can be compared with the docs at a glance.
 *
 * @example
 * formatCount(2048); // "2,048"
 */
export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/**
 * Describes characters for a message: each quoted, with its code point when
 * it is not plain printable ASCII, because an en dash and a hyphen look alike.
 *
 * @example
 * describeCharacters(["–", " "]); // '"–" (U+2013), " " (U+0020)'
 */
export function describeCharacters(characters: readonly string[]): string {
  return characters
    .map((character) => {
      const codePoint = character.codePointAt(0) ?? 0;
      const quoted = JSON.stringify(character);
      return codePoint >= 0x21 && codePoint <= 0x7e
        ? quoted
        : `${quoted} (U+${codePoint.toString(16).toUpperCase().padStart(4, "0")})`;
    })
    .join(", ");
}

/**
 * The distinct characters of `text` that `allowed` refuses, in order of
 * first appearance, counted by code point so an emoji is one character.
 *
 * @example
 * disallowedCharacters("a–b–c", /[a-z]/u); // ["–"]
 */
export function disallowedCharacters(text: string, allowed: RegExp): string[] {
  const seen = new Set<string>();
  for (const character of text) {
    if (!allowed.test(character)) seen.add(character);
  }
  return [...seen];
}
