import { accessChanges } from "../changes/accessChanges";
import { readBaseInput } from "../git/readBaseInput";
import type { StackInputPaths } from "../loading/loadStackInput";
import { runPlan } from "../plan/runPlan";
import { renderAccessReview } from "../report/renderAccessReview";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import type { CliContext } from "./cliIo";
import type { OutputFormat } from "./optionValues";
import { diagnosticsJson, printDiagnostics } from "./printDiagnostics";

/** Options of `contractor-access plan`. */
export interface PlanCommandOptions extends StackInputPaths {
  readonly at: Date;
  readonly format: OutputFormat;
  /** A git revision to compare access with. */
  readonly base: string | undefined;
}

/**
 * Runs `contractor-access plan`: what `pulumi up` would declare, from the
 * real stack program under Pulumi's mock engine, with no cloud credentials.
 * Invalid input prints every problem on stderr (and the diagnostics as JSON
 * on stdout with `--format json`), plans nothing and returns 1. This module
 * loads Pulumi, so the CLI imports it only when `plan` runs.
 */
export async function planCommand(options: PlanCommandOptions, context: CliContext): Promise<number> {
  const plan = await runPlan(options);
  if (!plan.ok) {
    const problems = [...plan.errors, ...plan.warnings];
    await printDiagnostics(context, problems, options.config);
    context.io.stderr(`${plan.errors.length} problem(s); nothing was planned.`);
    if (options.format === "json") context.io.stdout(diagnosticsJson(problems));
    return 1;
  }
  if (options.format === "json") {
    context.io.stdout(JSON.stringify(plan.preview, null, 2));
    return 0;
  }
  let base: { ref: string; changes: ReturnType<typeof accessChanges> } | undefined;
  if (options.base !== undefined) {
    const baseInput = await readBaseInput(options.base, options, process.cwd(), plan.input.settings);
    if (!baseInput.ok) {
      context.io.stderr(baseInput.message);
      return 1;
    }
    // Both sides were planned once, at validation.
    const plansOf = (engagements: readonly ValidatedEngagement[]) => engagements.map(({ plan }) => plan);
    base = {
      ref: options.base,
      changes: accessChanges(plansOf(baseInput.engagements), plansOf(plan.input.engagements)),
    };
  }
  const review = renderAccessReview({
    input: plan.input,
    preview: plan.preview,
    at: options.at,
    ...(base ? { base } : {}),
  });
  context.io.stdout(review);
  return 0;
}
