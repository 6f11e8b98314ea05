import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Diagnostic } from "../validation/diagnostic";
import { parseYamlDocument } from "./parseYamlDocument";
import {
  configFromPulumiConfigJson,
  configFromStackFile,
  type ProgramConfig,
  type PulumiConfigJsonEntry,
} from "./programConfig";
import { stackIdentity } from "./stackIdentity";
import { type StackSettingsResult, stackSettingsFromConfig } from "./stackSettingsFromConfig";

/** A stack's config as the program would receive it, or why it could not be read. */
export type StackConfigResult =
  | { readonly ok: true; readonly config: ProgramConfig; readonly warnings: Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

function isPulumiConfigJson(value: unknown): value is Record<string, PulumiConfigJsonEntry> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof entry === "object" && entry !== null && "secret" in entry)
  );
}

/**
 * Reads a stack's config without the Pulumi CLI, as the program would receive
 * it: from a `Pulumi.<stack>.yaml` (its `config:` map), or from the output of
 * `pulumi config --json [--show-secrets]` saved to a `.json` file, which has
 * ESC environments and secrets resolved. A stack file that imports ESC
 * environments gets a warning, since their values are not seen offline.
 */
export async function readStackConfig(file: string): Promise<StackConfigResult> {
  const problem = (message: string): StackConfigResult => ({
    ok: false,
    diagnostics: [{ file, path: [], severity: "error", message }],
  });
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return problem("stack config file does not exist; pass it with --config Pulumi.<stack>.yaml");
  }
  if (extname(file) === ".json") {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return problem(`is not JSON (${(error as Error).message}); save the output of \`pulumi config --json\` here`);
    }
    if (!isPulumiConfigJson(json)) {
      return problem('is not the output of `pulumi config --json`: expected { "key": { "value": …, "secret": … } }');
    }
    return { ok: true, config: configFromPulumiConfigJson(json), warnings: [] };
  }
  const parsed = parseYamlDocument(text);
  if (!parsed.ok) return problem(parsed.message);
  const document = parsed.value as { config?: unknown; environment?: unknown } | null;
  const config = document?.config;
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    return problem("has no config: mapping; a Pulumi stack config file starts with `config:`");
  }
  const warnings: Diagnostic[] =
    document?.environment === undefined
      ? []
      : [
          {
            file,
            path: ["environment"],
            severity: "warning",
            message:
              "imports ESC environments, which cannot be resolved offline, so their values are not seen here; if contractorAccess settings come from them, save `pulumi config --json` to a file and pass it as --config",
          },
        ];
  return { ok: true, config: configFromStackFile(config as Record<string, unknown>), warnings };
}

/**
 * Reads the stack settings from a stack config file (`Pulumi.<stack>.yaml`,
 * or `pulumi config --json` output) without the Pulumi CLI, exactly as the
 * program reads them under `pulumi up`.
 *
 * @example
 * const result = await readStackSettings("Pulumi.dev.yaml");
 * if (!result.ok) console.error(result.diagnostics);
 */
export async function readStackSettings(file: string): Promise<StackSettingsResult> {
  const [read, { project }] = await Promise.all([readStackConfig(file), stackIdentity(file)]);
  if (!read.ok) return read;
  const settings = stackSettingsFromConfig(read.config, file, project);
  return settings.ok ? { ...settings, warnings: [...read.warnings, ...settings.warnings] } : settings;
}
