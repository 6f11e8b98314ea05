import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { Diagnostic } from "../validation/diagnostic";
import { type ValidationResult, validateEngagements } from "../validation/validateEngagements";
import type { ProgramConfig } from "./programConfig";
import { readEngagementFiles } from "./readEngagementFiles";
import { readStackConfig } from "./readStackSettings";
import { stackIdentity } from "./stackIdentity";
import { stackSettingsFromConfig } from "./stackSettingsFromConfig";

/** Where a command reads a stack's input from. */
export interface StackInputPaths {
  /** Folder of engagement files. */
  readonly engagements: string;
  /** Pulumi stack config file with the `contractorAccess:` settings, or `pulumi config --json` output. */
  readonly config: string;
}

/** Everything a command needs to know about a stack's input, or why it cannot be used. */
export type LoadedStackInput =
  | ({
      readonly ok: true;
      readonly settings: StackSettings;
      /** The stack's whole config, every namespace, as the program would receive it. */
      readonly config: ProgramConfig;
    } & ValidationResult)
  | { readonly ok: false; readonly errors: Diagnostic[]; readonly warnings: Diagnostic[] };

/**
 * Reads and validates a stack's settings and engagements together, so that
 * a broken config and broken engagement files are reported in one run.
 * `now` is the instant validation runs at: reviews dated after it are refused.
 *
 * @example
 * const input = await loadStackInput({ engagements: "stacks/engagements", config: "Pulumi.dev.yaml" }, new Date());
 * if (!input.ok) input.errors.forEach((error) => console.log(formatDiagnostic(error)));
 */
export async function loadStackInput(paths: StackInputPaths, now: Date): Promise<LoadedStackInput> {
  const [config, files, { project }] = await Promise.all([
    readStackConfig(paths.config),
    readEngagementFiles(paths.engagements),
    stackIdentity(paths.config),
  ]);
  const settings = config.ok ? stackSettingsFromConfig(config.config, paths.config, project) : config;
  if (!config.ok || !settings.ok) {
    return { ok: false, errors: [...(settings.ok ? [] : settings.diagnostics), ...files.diagnostics], warnings: [] };
  }
  const result = validateEngagements(files.sources, settings.settings, { now });
  const errors = [...files.diagnostics, ...result.errors];
  const warnings = [...config.warnings, ...settings.warnings, ...result.warnings];
  return errors.length > 0
    ? { ok: false, errors, warnings }
    : { ok: true, settings: settings.settings, config: config.config, ...result, warnings };
}
