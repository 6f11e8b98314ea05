/**
 * Whether an IAM action pattern (`s3:Get*`, `*`, `logs:FilterLogEvents`)
 * covers a concrete action, with IAM's rules: case-insensitive, `*` matches
 * any run of characters and `?` one character.
 *
 * @example
 * iamActionPatternCovers("s3:Get*", "s3:GetObject"); // true
 */
export function iamActionPatternCovers(pattern: string, action: string): boolean {
  const source = pattern
    .split("")
    .map((char) => (char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, "i").test(action);
}
