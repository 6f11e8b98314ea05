import { readFile } from "node:fs/promises";
import type { Diagnostic } from "../validation/diagnostic";
import { parseYamlDocument } from "./parseYamlDocument";
import { type StackSettingsResult, stackSettingsFromConfig } from "./stackSettingsFromConfig";

/** A stack config file's `config:` map, or why it could not be read. */
export type StackConfigResult =
  | { readonly ok: true; readonly config: Record<string, unknown> }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/**
 * Reads the `config:` map of a Pulumi stack config file (`Pulumi.<stack>.yaml`)
 * without the Pulumi CLI: every key, in every namespace, as written.
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
  const parsed = parseYamlDocument(text);
  if (!parsed.ok) return problem(parsed.message);
  const config = (parsed.value as { config?: unknown } | null)?.config;
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    return problem("has no config: mapping; a Pulumi stack config file starts with `config:`");
  }
  return { ok: true, config: config as Record<string, unknown> };
}

/**
 * Reads the stack settings from a Pulumi stack config file
 * (`Pulumi.<stack>.yaml`), its `config:` map, without the Pulumi CLI.
 *
 * @example
 * const result = await readStackSettings("Pulumi.dev.yaml");
 * if (!result.ok) console.error(result.diagnostics);
 */
export async function readStackSettings(file: string): Promise<StackSettingsResult> {
  const read = await readStackConfig(file);
  return read.ok ? stackSettingsFromConfig(read.config, file) : read;
}
