import { type StackSettings, stackSettingsSchema } from "../engagement/stackSettingsSchema";
import type { Diagnostic } from "../validation/diagnostic";
import { plainErrorMap } from "../validation/plainErrorMap";

/** The Pulumi config namespace the library reads its stack settings from, as in `contractorAccess:githubOrg`. */
export const CONFIG_NAMESPACE = "contractorAccess";

/** Stack settings, or every problem that stands in their way. */
export type StackSettingsResult =
  | { readonly ok: true; readonly settings: StackSettings }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/**
 * Validates the `contractorAccess:*` keys of a stack's config. Other
 * namespaces (`aws:region`, `github:owner`) are left alone; an unknown key in
 * ours is an error, since a misspelt limit would otherwise silently fall back
 * to its default.
 *
 * @param config Config values by full key, as in a `Pulumi.<stack>.yaml` `config:` map.
 * @param file Where the config came from, for the diagnostics.
 * @example
 * stackSettingsFromConfig({ "contractorAccess:githubOrg": "acme", "contractorAccess:internalDomains": ["acme.example"] }, "Pulumi.dev.yaml");
 */
export function stackSettingsFromConfig(config: Readonly<Record<string, unknown>>, file: string): StackSettingsResult {
  const prefix = `${CONFIG_NAMESPACE}:`;
  const values = Object.fromEntries(
    Object.entries(config)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
  const parsed = stackSettingsSchema.safeParse(values, { error: plainErrorMap(stackSettingsSchema) });
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    diagnostics: parsed.error.issues.map((issue) => {
      const [first, ...rest] = issue.path;
      // Keys are written with the namespace in the file, so name them that way.
      const path = first === undefined ? [CONFIG_NAMESPACE] : [`${prefix}${String(first)}`, ...rest];
      return { file, path, severity: "error" as const, message: issue.message };
    }),
  };
}
