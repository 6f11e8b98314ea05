import { readEngagementFiles } from "../loading/readEngagementFiles";
import { readStackSettings } from "../loading/readStackSettings";
import { type Diagnostic, formatDiagnostic } from "../validation/diagnostic";
import { type ValidationResult, validateEngagements } from "../validation/validateEngagements";

/** Where `validate` (and later `plan`) reads its input from. */
export interface StackInputPaths {
  /** Folder of engagement files. */
  readonly engagements: string;
  /** Pulumi stack config file with the `contractorAccess:` settings. */
  readonly config: string;
}

/** Everything a command needs to know about a stack's input, or why it cannot be used. */
export type LoadedStackInput =
  | ({ readonly ok: true } & ValidationResult)
  | { readonly ok: false; readonly errors: Diagnostic[]; readonly warnings: Diagnostic[] };

/**
 * Reads and validates a stack's settings and engagements together, so that
 * a broken config and broken engagement files are reported in one run.
 */
export async function loadStackInput(paths: StackInputPaths): Promise<LoadedStackInput> {
  const [settings, files] = await Promise.all([
    readStackSettings(paths.config),
    readEngagementFiles(paths.engagements),
  ]);
  if (!settings.ok) {
    return { ok: false, errors: [...settings.diagnostics, ...files.diagnostics], warnings: [] };
  }
  const result = validateEngagements(files.sources, settings.settings);
  const errors = [...files.diagnostics, ...result.errors];
  return errors.length > 0 ? { ok: false, errors, warnings: result.warnings } : { ok: true, ...result };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

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
