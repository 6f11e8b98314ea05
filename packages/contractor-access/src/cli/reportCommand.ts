import { resolveNow } from "../lifecycle/resolveNow";
import { loadStackInput, type StackInputPaths } from "../loading/loadStackInput";
import { buildReport } from "../report/buildReport";
import { renderReportMarkdown } from "../report/renderReportMarkdown";
import type { CliContext } from "./cliIo";
import type { OutputFormat } from "./optionValues";
import { refuseInvalidInput } from "./printDiagnostics";
import { type SinceValue, sinceInstant } from "./sinceDate";
import { writeOutputFile } from "./writeOutputFile";

/** Options of `contractor-access report`. */
export interface ReportCommandOptions extends StackInputPaths {
  readonly at: Date;
  /** How far ahead to look, in days. @default the stack's `noticeDays` */
  readonly withinDays: number | undefined;
  readonly format: OutputFormat;
  /** Leave out engagements that ended before this date (stack timezone) or instant. */
  readonly since?: SinceValue | undefined;
  /** A file to write the whole report to, with nothing left out. */
  readonly output?: string | undefined;
}

/**
 * Runs `contractor-access report`: active, upcoming and ended engagements,
 * what ends soon, reviews due and offboarding checklists, for owners and
 * scheduled jobs. The markdown on stdout fits a GitHub issue; `--output`
 * gets all of it, and `--since` leaves out engagements that ended earlier.
 * Invalid input prints every problem on stderr (and the diagnostics as JSON
 * on stdout with `--format json`) and returns 1.
 */
export async function reportCommand(options: ReportCommandOptions, context: CliContext): Promise<number> {
  const input = await loadStackInput(
    options,
    resolveNow(context.env, () => new Date()),
  );
  if (!input.ok) {
    return refuseInvalidInput(context, input, {
      config: options.config,
      outcome: "no report",
      json: options.format === "json",
    });
  }
  const report = buildReport({
    settings: input.settings,
    engagements: input.engagements,
    now: options.at,
    withinDays: options.withinDays ?? input.settings.noticeDays,
    ...(options.since ? { endedSince: sinceInstant(options.since, input.settings.timezone) } : {}),
  });
  if (options.format === "json") {
    const json = JSON.stringify(report, null, 2);
    if (options.output) await writeOutputFile(options.output, `${json}\n`, "report");
    context.io.stdout(json);
    return 0;
  }
  if (options.output)
    await writeOutputFile(options.output, renderReportMarkdown(report, { maxLength: Infinity }), "report");
  context.io.stdout(renderReportMarkdown(report));
  return 0;
}
