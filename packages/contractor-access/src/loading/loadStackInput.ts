import type { StackSettings } from "../engagement/stackSettingsSchema";
import type { Diagnostic } from "../validation/diagnostic";
import { type ValidationResult, validateEngagements } from "../validation/validateEngagements";
import { readEngagementFiles } from "./readEngagementFiles";
import { readStackConfig } from "./readStackSettings";
import { stackSettingsFromConfig } from "./stackSettingsFromConfig";

/** Where a command reads a stack's input from. */
export interface StackInputPaths {
  /** Folder of engagement files. */
  readonly engagements: string;
  /** Pulumi stack config file with the `contractorAccess:` settings. */
  readonly config: string;
}

/** Everything a command needs to know about a stack's input, or why it cannot be used. */
export type LoadedStackInput =
  | ({
      readonly ok: true;
      readonly settings: StackSettings;
      /** The config file's whole `config:` map, every namespace, as written. */
      readonly config: Record<string, unknown>;
    } & ValidationResult)
  | { readonly ok: false; readonly errors: Diagnostic[]; readonly warnings: Diagnostic[] };

/**
 * Reads and validates a stack's settings and engagements together, so that
 * a broken config and broken engagement files are reported in one run.
 *
 * @example
 * const input = await loadStackInput({ engagements: "stacks/engagements", config: "Pulumi.dev.yaml" });
 * if (!input.ok) input.errors.forEach((error) => console.log(formatDiagnostic(error)));
 */
export async function loadStackInput(paths: StackInputPaths): Promise<LoadedStackInput> {
  const [config, files] = await Promise.all([readStackConfig(paths.config), readEngagementFiles(paths.engagements)]);
  const settings = config.ok ? stackSettingsFromConfig(config.config, paths.config) : config;
  if (!config.ok || !settings.ok) {
    return { ok: false, errors: [...(settings.ok ? [] : settings.diagnostics), ...files.diagnostics], warnings: [] };
  }
  const result = validateEngagements(files.sources, settings.settings);
  const errors = [...files.diagnostics, ...result.errors];
  return errors.length > 0
    ? { ok: false, errors, warnings: result.warnings }
    : { ok: true, settings: settings.settings, config: config.config, ...result };
}
