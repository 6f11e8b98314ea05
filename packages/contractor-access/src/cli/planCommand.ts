import type { AccessChange } from "../changes/accessChange";
import { accessChanges } from "../changes/accessChanges";
import { readBaseInput } from "../git/readBaseInput";
import { hasAwsAccess } from "../lanes/awsAccess";
import { resolveNow } from "../lifecycle/resolveNow";
import type { StackInputPaths } from "../loading/loadStackInput";
import { runPlan } from "../plan/runPlan";
import { NO_ALERTS_WARNING, renderAccessReview } from "../report/renderAccessReview";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import type { CliContext } from "./cliIo";
import type { OutputFormat } from "./optionValues";
import { refuseInvalidInput } from "./printDiagnostics";
import { writeOutputFile } from "./writeOutputFile";

/** Options of `contractor-access plan`. */
export interface PlanCommandOptions extends StackInputPaths {
  readonly at: Date;
  readonly format: OutputFormat;
  /** A git revision to compare access with (its merge-base with HEAD). */
  readonly base: string | undefined;
  /** A file to write the whole output to, with nothing left out (markdown: the full review). */
  readonly output?: string | undefined;
}

/**
 * Runs `contractor-access plan`: what `pulumi up` would declare, from the
 * real stack program under Pulumi's mock engine, with no cloud credentials.
 * With `--base`, the access changes against it come first in the review, and
 * as `accessChanges` beside the preview in JSON. stdout holds a review that
 * fits a GitHub comment; `--output` gets all of it. Invalid input prints
 * every problem on stderr (and the diagnostics as JSON on stdout with
 * `--format json`), plans nothing and returns 1. This module loads Pulumi,
 * so the CLI imports it only when `plan` runs.
 */
export async function planCommand(options: PlanCommandOptions, context: CliContext): Promise<number> {
  const validatedAt = resolveNow(context.env, () => new Date());
  const plan = await runPlan({ ...options, validatedAt });
  if (!plan.ok) {
    return refuseInvalidInput(context, plan, {
      config: options.config,
      outcome: "nothing was planned",
      json: options.format === "json",
    });
  }
  let base: { ref: string; changes: AccessChange[] } | undefined;
  if (options.base !== undefined) {
    const baseInput = await readBaseInput(
      options.base,
      { ...options, at: validatedAt },
      process.cwd(),
      plan.input.settings,
    );
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
  // Warnings go to stderr whatever the format; the markdown review repeats this one.
  if (plan.input.settings.alerts === undefined && plan.input.engagements.some(({ plan: one }) => hasAwsAccess(one))) {
    context.io.stderr(`warning: ${NO_ALERTS_WARNING}`);
  }
  if (options.format === "json") {
    // The preview's own shape, plus the changes when there is a base: tools that read
    // `pulumi preview --json` still find `steps` and `changeSummary` where they expect them.
    const json = JSON.stringify({ ...plan.preview, ...(base ? { accessChanges: base.changes } : {}) }, null, 2);
    if (options.output) await writeOutputFile(options.output, `${json}\n`, "plan");
    context.io.stdout(json);
    return 0;
  }
  const input = { input: plan.input, preview: plan.preview, at: options.at, ...(base ? { base } : {}) };
  if (options.output)
    await writeOutputFile(options.output, renderAccessReview({ ...input, maxLength: Infinity }), "plan");
  context.io.stdout(renderAccessReview(input));
  return 0;
}
