import { loadStackInput, type StackInputPaths } from "../loading/loadStackInput";
import { plural } from "../text/plural";
import { formatDiagnostic } from "../validation/diagnostic";

/**
 * Runs `contractor-access validate`: prints every problem, one per line, and
 * returns the exit code (1 when anything is invalid, 0 with a one-line
 * summary when everything is valid). It never changes anything.
 */
export async function validateCommand(paths: StackInputPaths, print: (line: string) => void): Promise<number> {
  const input = await loadStackInput(paths);
  for (const diagnostic of [...input.errors, ...input.warnings]) print(formatDiagnostic(diagnostic));
  const warnings = input.warnings.length > 0 ? `, ${plural(input.warnings.length, "warning")}` : "";
  if (!input.ok) {
    const files = new Set(input.errors.map((error) => error.file)).size;
    print(`${plural(input.errors.length, "problem")} in ${plural(files, "file")}${warnings}; nothing was changed.`);
    return 1;
  }
  print(
    `${plural(input.engagements.length, "engagement")} valid in ${paths.engagements} against ${paths.config}${warnings}.`,
  );
  return 0;
}
