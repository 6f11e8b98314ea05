import { type Diagnostic, formatFieldPath } from "../validation/diagnostic";

// GitHub reads workflow commands line by line and splits properties on ":" and ",",
// so these are percent-encoded as @actions/core does.
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/**
 * A diagnostic as a GitHub Actions workflow command, which GitHub shows as an
 * annotation on the file in the pull request: `::error file=…,line=…::…` or
 * `::warning …`. The message names the field, as the plain output does.
 *
 * @param file The file as GitHub knows it: relative to the repository root.
 * @param line The 1-based line, or `undefined` to annotate the file as a whole.
 * @example
 * githubAnnotation({ file: "a.yaml", path: ["owner"], severity: "error", message: "is required" }, "a.yaml", 4);
 * // "::error file=a.yaml,line=4::owner: is required"
 */
export function githubAnnotation(diagnostic: Diagnostic, file: string, line: number | undefined): string {
  const field = diagnostic.path.length > 0 ? `${formatFieldPath(diagnostic.path)}: ` : "";
  const location = `file=${escapeProperty(file)}${line === undefined ? "" : `,line=${line}`}`;
  return `::${diagnostic.severity} ${location}::${escapeData(`${field}${diagnostic.message}`)}`;
}
