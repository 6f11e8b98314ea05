import { resolveNow } from "../lifecycle/resolveNow";
import { loadStackInput, type StackInputPaths } from "../loading/loadStackInput";
import { plural } from "../text/plural";
import type { CliContext } from "./cliIo";
import { printDiagnostics } from "./printDiagnostics";

/**
 * Runs `contractor-access validate`: every problem and warning on stderr,
 * one per line, and returns the exit code. Valid input prints a one-line
 * verdict on stdout and returns 0; invalid input ends with a summary on
 * stderr and returns 1. It never changes anything, and loads no Pulumi code
 * (unless a TypeScript engagement file imports it).
 */
export async function validateCommand(paths: StackInputPaths, context: CliContext): Promise<number> {
  // CONTRACTOR_ACCESS_AT, as for the stack program, so tests and past states validate as of an instant.
  const input = await loadStackInput(
    paths,
    resolveNow(context.env, () => new Date()),
  );
  await printDiagnostics(context, [...input.errors, ...input.warnings], paths.config);
  const warnings = input.warnings.length > 0 ? `, ${plural(input.warnings.length, "warning")}` : "";
  if (!input.ok) {
    const files = new Set(input.errors.map((error) => error.file)).size;
    context.io.stderr(
      `${plural(input.errors.length, "problem")} in ${plural(files, "file")}${warnings}; nothing was changed.`,
    );
    return 1;
  }
  context.io.stdout(
    `${plural(input.engagements.length, "engagement")} valid in ${paths.engagements} against ${paths.config}${warnings}.`,
  );
  return 0;
}
