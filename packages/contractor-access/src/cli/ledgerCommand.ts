import { readLedger } from "../ledger/readLedger";
import type { LedgerFormat } from "../ledger/renderLedger";
import { renderLedger } from "../ledger/renderLedger";
import type { StackInputPaths } from "../loading/loadStackInput";
import { readStackSettings } from "../loading/readStackSettings";
import { plural } from "../text/plural";
import type { CliContext } from "./cliIo";
import { printDiagnostics } from "./printDiagnostics";
import { type SinceValue, sinceInstant } from "./sinceDate";

/** Options of `contractor-access ledger`. */
export interface LedgerCommandOptions extends StackInputPaths {
  readonly format: LedgerFormat;
  /** Keep events from this date (stack timezone) or instant on. */
  readonly since?: SinceValue | undefined;
  /** Now, for whether access has ended. */
  readonly at: Date;
}

/**
 * Runs `contractor-access ledger`: the access history of the engagements
 * folder from git, one event per engagement change per commit, as JSON, CSV
 * or markdown on stdout; the count and any problem on stderr. Returns 1 when
 * the settings cannot be read, outside a git repository, and on a shallow
 * clone missing the history asked for. It loads no Pulumi.
 */
export async function ledgerCommand(options: LedgerCommandOptions, context: CliContext): Promise<number> {
  const settings = await readStackSettings(options.config);
  if (!settings.ok) {
    await printDiagnostics(context, settings.diagnostics, options.config);
    context.io.stderr(`${plural(settings.diagnostics.length, "problem")} in the stack config; no ledger.`);
    return 1;
  }
  const zone = settings.settings.timezone;
  const since = options.since ? sinceInstant(options.since, zone) : undefined;
  const ledger = await readLedger({ ...options, since, now: options.at, settings: settings.settings });
  if (!ledger.ok) {
    context.io.stderr(`contractor-access ledger: ${ledger.message}`);
    return 1;
  }
  // The stream adds the last "\n"; a CSV line keeps its "\r" before it.
  context.io.stdout(renderLedger(ledger.events, options.format).replace(/\n$/, ""));
  context.io.stderr(`${plural(ledger.events.length, "event")}${since ? ` since ${since.toISOString()}` : ""}.`);
  return 0;
}
