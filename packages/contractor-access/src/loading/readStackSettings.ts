import { readFile } from "node:fs/promises";
import { parseYamlDocument } from "./parseYamlDocument";
import { type StackSettingsResult, stackSettingsFromConfig } from "./stackSettingsFromConfig";

/**
 * Reads the stack settings from a Pulumi stack config file
 * (`Pulumi.<stack>.yaml`), its `config:` map, without the Pulumi CLI.
 *
 * @example
 * const result = await readStackSettings("Pulumi.dev.yaml");
 * if (!result.ok) console.error(result.diagnostics);
 */
export async function readStackSettings(file: string): Promise<StackSettingsResult> {
  const problem = (message: string): StackSettingsResult => ({
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
  const document = parsed.value;
  const config = (document as { config?: unknown } | null)?.config;
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    return problem("has no config: mapping; a Pulumi stack config file starts with `config:`");
  }
  return stackSettingsFromConfig(config as Record<string, unknown>, file);
}
