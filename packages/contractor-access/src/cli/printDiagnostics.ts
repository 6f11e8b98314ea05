import { type Diagnostic, formatDiagnostic, formatFieldPath } from "../validation/diagnostic";
import { annotationLines } from "./annotationLines";
import type { CliContext } from "./cliIo";

/**
 * Prints diagnostics on stderr, one line each. Inside GitHub Actions
 * (`GITHUB_ACTIONS=true`) each is also written as an annotation, so that it
 * shows on the file's line in the pull request.
 *
 * @param config The stack config file the command read, to place its diagnostics.
 */
export async function printDiagnostics(
  context: CliContext,
  diagnostics: readonly Diagnostic[],
  config: string,
): Promise<void> {
  for (const diagnostic of diagnostics) context.io.stderr(formatDiagnostic(diagnostic));
  if (context.env.GITHUB_ACTIONS !== "true") return;
  const workspace = context.env.GITHUB_WORKSPACE;
  for (const line of await annotationLines(diagnostics, { config, workspace })) context.io.stderr(line);
}

/**
 * What `--format json` prints on stdout when the input is invalid, so that
 * stdout always parses as JSON: `{"diagnostics":[{severity, file, field, path, message}]}`,
 * after the name `pulumi preview --json` gives its own. A reader tells it
 * from the output by the exit code (1) or by the `diagnostics` key.
 *
 * @example
 * diagnosticsJson([{ file: "a.yaml", path: ["task"], severity: "error", message: "is required" }]);
 */
export function diagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(
    {
      diagnostics: diagnostics.map(({ severity, file, path, message }) => ({
        severity,
        file,
        field: formatFieldPath(path),
        path: path.map((key) => (typeof key === "number" ? key : String(key))),
        message,
      })),
    },
    null,
    2,
  );
}

/**
 * What a command does with input it cannot use: every problem and warning
 * on stderr (and as annotations in GitHub Actions), one summary line, and
 * with JSON output the diagnostics on stdout so that stdout still parses.
 * Returns the exit code for invalid input, 1.
 *
 * @param outcome What the command did not do, for the summary: "nothing was planned".
 * @example
 * if (!input.ok) return refuseInvalidInput(context, input, { config, outcome: "no report", json: format === "json" });
 */
export async function refuseInvalidInput(
  context: CliContext,
  input: { readonly errors: readonly Diagnostic[]; readonly warnings: readonly Diagnostic[] },
  options: { readonly config: string; readonly outcome: string; readonly json: boolean },
): Promise<1> {
  const problems = [...input.errors, ...input.warnings];
  await printDiagnostics(context, problems, options.config);
  context.io.stderr(`${input.errors.length} problem(s); ${options.outcome}.`);
  if (options.json) context.io.stdout(diagnosticsJson(problems));
  return 1;
}
