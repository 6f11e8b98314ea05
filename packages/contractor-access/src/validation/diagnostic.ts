/** One problem or warning about one file, ready to show a platform engineer. */
export interface Diagnostic {
  /** The file the problem is in, as the user named it (relative paths stay relative). */
  readonly file: string;
  /** The field to change, such as `["lanes", "code", "repositories", 0, "permission"]`; empty for the whole file. */
  readonly path: readonly PropertyKey[];
  readonly severity: "error" | "warning";
  /** A sentence a platform engineer can act on. */
  readonly message: string;
}

/**
 * Formats a field path the way people write it: `lanes.code.repositories[0].permission`.
 *
 * @example
 * formatFieldPath(["lanes", "code", "repositories", 0, "permission"]); // "lanes.code.repositories[0].permission"
 */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/**
 * Formats a diagnostic as one line: `file: field: message`, with `warning:`
 * in front of warnings so that they stand apart from errors.
 *
 * @example
 * formatDiagnostic({ file: "a.yaml", path: ["owner", "email"], severity: "error", message: "is required" });
 * // "a.yaml: owner.email: is required"
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const field = diagnostic.path.length > 0 ? `${formatFieldPath(diagnostic.path)}: ` : "";
  const prefix = diagnostic.severity === "warning" ? "warning: " : "";
  return `${prefix}${diagnostic.file}: ${field}${diagnostic.message}`;
}
