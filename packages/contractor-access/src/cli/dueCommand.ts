import { formatReportInstant } from "../dates/formatReportInstant";
import { resolveNow } from "../lifecycle/resolveNow";
import { loadStackInput, type StackInputPaths } from "../loading/loadStackInput";
import { plural } from "../text/plural";
import type { CliContext } from "./cliIo";
import { dueEvents } from "./dueEvents";
import { printDiagnostics } from "./printDiagnostics";
import { UsageError } from "./usageError";

/** Options of `contractor-access due`. */
export interface DueCommandOptions extends StackInputPaths {
  /** The last sweep's instant: events after it count. */
  readonly since: Date;
  /** Now: events at or before it count. */
  readonly at: Date;
}

/** Exit codes of `due`: the workflow runs `pulumi up` unless the code is exactly {@link NOTHING_DUE}. */
export const DUE = 0;
/** Nothing became due since `--since`. */
export const NOTHING_DUE = 1;
/** The engagements or settings are invalid, so `due` cannot tell; the sweep should run (and will report them). */
export const CANNOT_TELL = 3;

/**
 * Runs `contractor-access due`: whether anything became due between
 * `--since` and `--at` (a window, production window or review date, a key
 * rotation), printing each on stdout, one per line, in the stack timezone.
 * Returns 0 when something is due, 1 when nothing is, 3 when the input is
 * invalid. It reads files and does date arithmetic only: no Pulumi, no
 * network, so an hourly schedule costs no API call when nothing is due.
 *
 * @throws {UsageError} when `--since` is after `--at`.
 */
export async function dueCommand(options: DueCommandOptions, context: CliContext): Promise<number> {
  if (options.since.getTime() > options.at.getTime()) {
    throw new UsageError(
      `--since ${options.since.toISOString()} is after --at ${options.at.toISOString()}; give the last sweep's instant`,
      "due",
    );
  }
  const input = await loadStackInput(
    options,
    resolveNow(context.env, () => new Date()),
  );
  if (!input.ok) {
    await printDiagnostics(context, [...input.errors, ...input.warnings], options.config);
    context.io.stderr(`${plural(input.errors.length, "problem")}; cannot tell what is due, so sweep anyway.`);
    return CANNOT_TELL;
  }
  const events = dueEvents(input, options.since, options.at);
  const zone = input.settings.timezone;
  for (const event of events) {
    context.io.stdout(`${formatReportInstant(event.at, zone)} ${event.engagement}: ${event.what}`);
  }
  if (events.length === 0) {
    context.io.stderr(
      `Nothing due between ${formatReportInstant(options.since, zone)} and ${formatReportInstant(options.at, zone)} (${zone}).`,
    );
    return NOTHING_DUE;
  }
  return DUE;
}
