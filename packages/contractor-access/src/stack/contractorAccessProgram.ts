import * as pulumi from "@pulumi/pulumi";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { resolveNow } from "../lifecycle/resolveNow";
import { configFromRuntime } from "../loading/programConfig";
import { readEngagementFiles } from "../loading/readEngagementFiles";
import { stackSettingsFromConfig } from "../loading/stackSettingsFromConfig";
import { formatDiagnostic } from "../validation/diagnostic";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import { validateEngagements } from "../validation/validateEngagements";
import { declareContractorAccess } from "./declareContractorAccess";

/** Options of {@link contractorAccessProgram}. */
export interface ContractorAccessProgramOptions {
  /** Folder of engagement files. */
  readonly engagementsDir: string;
  /** The instant to decide engagement status at. @default `CONTRACTOR_ACCESS_AT`, else the clock */
  readonly now?: Date;
  /**
   * Settings and engagements the caller has already read and validated from the
   * same files (`plan` does, to print problems before it starts the engine), so
   * they are not read and validated twice.
   * @default read from the stack config and `engagementsDir`
   */
  readonly validated?: { readonly settings: StackSettings; readonly engagements: readonly ValidatedEngagement[] };
  /**
   * Under `identity: identity-center`, the provider for Identity Center
   * (`identitystore`, `ssoadmin`) when it is administered from another
   * account (the management or delegated administrator account) than the
   * one the stack deploys to, such as `new aws.Provider("identity-center",
   * { assumeRoles: [{ roleArn }] })`. @default the stack's provider
   */
  readonly identityCenterProvider?: pulumi.ProviderResource;
}

/** The stack outputs: the access manifest, each engagement's credentials (secret) and its onboarding steps. */
export interface ContractorAccessProgramOutputs {
  readonly accessManifest: unknown;
  readonly credentials: unknown;
  readonly onboarding: unknown;
}

/**
 * Reads the settings from the stack config and every engagement file, and
 * validates them all.
 *
 * @throws {pulumi.RunError} listing every problem when anything is invalid.
 */
async function readValidatedInput(
  engagementsDir: string,
  now: Date,
): Promise<{ settings: StackSettings; engagements: readonly ValidatedEngagement[] }> {
  // The same reading as plan's, from the text the CLI hands over, so both accept and refuse the same config.
  const config = configFromRuntime(pulumi.runtime.allConfig());
  const configFile = `Pulumi.${pulumi.getStack()}.yaml`;
  const settings = stackSettingsFromConfig(config, configFile, pulumi.getProject());
  for (const warning of settings.ok ? settings.warnings : []) pulumi.log.warn(formatDiagnostic(warning));
  const files = await readEngagementFiles(engagementsDir);
  const validated = settings.ok ? validateEngagements(files.sources, settings.settings, { now }) : undefined;
  const problems = [...(settings.ok ? [] : settings.diagnostics), ...files.diagnostics, ...(validated?.errors ?? [])];
  if (!settings.ok || !validated || problems.length > 0) {
    throw new pulumi.RunError(
      `contractor-access: ${problems.length} problem(s); nothing was declared:\n${problems.map(formatDiagnostic).join("\n")}`,
    );
  }
  return { settings: settings.settings, engagements: validated.engagements };
}

/**
 * The whole stack program: reads the `contractorAccess:` settings from the
 * stack config and every engagement file, validates all of them before a
 * single resource is declared, and then declares the stack. One invalid
 * file stops the run with every problem listed, and nothing half-applied.
 * `stacks/index.ts` is this call and nothing else, so `contractor-access
 * plan` runs exactly what `pulumi up` runs.
 *
 * @throws {pulumi.RunError} listing every problem when the input is invalid.
 */
export async function contractorAccessProgram(
  options: ContractorAccessProgramOptions,
): Promise<ContractorAccessProgramOutputs> {
  let now: Date;
  try {
    now = options.now ?? resolveNow(process.env, () => new Date());
  } catch (error) {
    throw new pulumi.RunError((error as Error).message);
  }
  const input = options.validated ?? (await readValidatedInput(options.engagementsDir, now));
  const stack = declareContractorAccess({
    settings: input.settings,
    engagements: input.engagements,
    now,
    ...(options.identityCenterProvider ? { identityCenterProvider: options.identityCenterProvider } : {}),
  });
  return {
    accessManifest: stack.accessManifest,
    credentials: pulumi.secret(stack.credentials),
    onboarding: stack.onboarding,
  };
}
