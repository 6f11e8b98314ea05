import type { z } from "zod";
import { stackSettingsSchema } from "../engagement/stackSettingsSchema";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { Diagnostic } from "../validation/diagnostic";
import { plainErrorMap } from "../validation/plainErrorMap";
import type { ConfigText, ProgramConfig } from "./programConfig";

/** The Pulumi config namespace the library reads its stack settings from, as in `contractorAccess:githubOrg`. */
export const CONFIG_NAMESPACE = "contractorAccess";

/** Stack settings, or every problem that stands in their way. */
export type StackSettingsResult =
  | { readonly ok: true; readonly settings: StackSettings; readonly warnings: Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

type ConfigKind = "string" | "number" | "boolean" | "object";

// How `pulumi.Config` would be asked for each setting: get, getNumber, getBoolean or getObject.
function kindOf(schema: z.ZodType): ConfigKind {
  const def = schema.def as { type: string; innerType?: z.ZodType };
  if (def.innerType && (def.type === "default" || def.type === "optional")) return kindOf(def.innerType);
  // An enum (such as identity) is text to pulumi.Config: `pulumi config set` writes it as a plain string.
  if (def.type === "string" || def.type === "enum") return "string";
  if (def.type === "number") return "number";
  if (def.type === "boolean") return "boolean";
  return "object";
}

const SETTING_KINDS: ReadonlyMap<string, ConfigKind> = new Map(
  Object.entries(stackSettingsSchema.shape).map(([name, schema]) => [name, kindOf(schema as z.ZodType)]),
);

/**
 * Reads one value as `pulumi.Config` does: `getNumber` parses with
 * `parseFloat`, `getBoolean` takes "true" and "false", `getObject` parses
 * JSON. What Pulumi would refuse is left as text, so that the schema names
 * the field and what it expects.
 */
function readAs(kind: ConfigKind, text: string): unknown {
  if (kind === "number") {
    const number = Number.parseFloat(text);
    return Number.isNaN(number) ? text : number;
  }
  if (kind === "boolean") return text === "true" ? true : text === "false" ? false : text;
  if (kind === "object") {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function secretProblem(key: string): string {
  return `is a secret (secure:), which plan cannot decrypt offline, and no contractor-access setting needs to be secret; set it with \`pulumi config set ${key} …\` without --secret, or pass the output of \`pulumi config --json --show-secrets\` as --config`;
}

/**
 * Reads the `contractorAccess:*` settings from a stack's config exactly as
 * the program reads them under `pulumi up`, and validates them. Other
 * namespaces are left alone, except that a setting written in the project's
 * own namespace (what `pulumi config set githubOrg acme` writes) is refused
 * with the fix, since the program would never see it; and `github:owner`
 * differing from `githubOrg` is a warning. An unknown key in our namespace is
 * an error, since a misspelt limit would otherwise silently fall back to its default.
 *
 * @param config The config as the program receives it (`configFromStackFile`, `configFromRuntime`).
 * @param file Where the config came from, for the diagnostics.
 * @param project The Pulumi project name, whose namespace `pulumi config set` writes to by default.
 * @example
 * stackSettingsFromConfig(configFromStackFile({ "contractorAccess:githubOrg": "acme", "contractorAccess:internalDomains": ["acme.example"] }), "Pulumi.dev.yaml", "contractor-access");
 */
export function stackSettingsFromConfig(config: ProgramConfig, file: string, project?: string): StackSettingsResult {
  const prefix = `${CONFIG_NAMESPACE}:`;
  const problem = (path: PropertyKey[], message: string): Diagnostic => ({ file, path, severity: "error", message });
  const diagnostics: Diagnostic[] = [];
  const values: Record<string, unknown> = {};
  const unreadable = new Set<string>();
  for (const [key, entry] of Object.entries(config) as [string, ConfigText][]) {
    if (key.startsWith(prefix)) {
      const name = key.slice(prefix.length);
      if (entry.text === undefined) {
        diagnostics.push(problem([key], secretProblem(key)));
        unreadable.add(name);
      } else values[name] = readAs(SETTING_KINDS.get(name) ?? "string", entry.text);
    } else if (project !== undefined && project !== CONFIG_NAMESPACE && key.startsWith(`${project}:`)) {
      const name = key.slice(project.length + 1);
      if (SETTING_KINDS.has(name)) {
        diagnostics.push(
          problem(
            [key],
            `is in the project's namespace, where contractor-access never reads it; move it: \`pulumi config rm ${name}\`, then \`pulumi config set ${prefix}${name} …\``,
          ),
        );
      }
    }
  }
  const parsed = stackSettingsSchema.safeParse(values, { error: plainErrorMap(stackSettingsSchema) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, ...rest] = issue.path;
      // A secret is already named as such; "is required" would only repeat it.
      if (first !== undefined && unreadable.has(String(first))) continue;
      // Keys are written with the namespace in the file, so name them that way.
      const path = first === undefined ? [CONFIG_NAMESPACE] : [`${prefix}${String(first)}`, ...rest];
      diagnostics.push(problem(path, issue.message));
    }
  }
  if (!parsed.success || diagnostics.length > 0) return { ok: false, diagnostics };
  const owner = config["github:owner"]?.text;
  const warnings: Diagnostic[] =
    owner !== undefined && owner.toLowerCase() !== parsed.data.githubOrg.toLowerCase()
      ? [
          {
            file,
            path: ["github:owner"],
            severity: "warning",
            message: `is "${owner}" but ${prefix}githubOrg is "${parsed.data.githubOrg}": the GitHub provider manages teams in github:owner's organization, while the review and the memberships name githubOrg; make them the same`,
          },
        ]
      : [];
  return { ok: true, settings: parsed.data, warnings };
}
