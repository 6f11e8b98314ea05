import { loadStackInput, type StackInputPaths } from "../loading/loadStackInput";
import { buildReport } from "../report/buildReport";
import { renderReportMarkdown } from "../report/renderReportMarkdown";
import { formatDiagnostic } from "../validation/diagnostic";

/** Options of `contractor-access report`. */
export interface ReportCommandOptions extends StackInputPaths {
  readonly at: Date;
  readonly withinDays: number;
  readonly format: "markdown" | "json";
}

/**
 * Runs `contractor-access report`: active, upcoming and ended engagements,
 * what ends soon, reviews due and offboarding checklists, for owners and
 * scheduled jobs. Invalid input prints every problem and returns 1.
 */
export async function reportCommand(options: ReportCommandOptions, print: (line: string) => void): Promise<number> {
  const input = await loadStackInput(options);
  if (!input.ok) {
    for (const diagnostic of [...input.errors, ...input.warnings]) print(formatDiagnostic(diagnostic));
    print(`${input.errors.length} problem(s); no report.`);
    return 1;
  }
  const report = buildReport({
    settings: input.settings,
    engagements: input.engagements,
    now: options.at,
    withinDays: options.withinDays,
  });
  print(options.format === "json" ? JSON.stringify(report, null, 2) : renderReportMarkdown(report));
  return 0;
}
