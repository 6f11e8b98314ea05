import { accessChanges } from "../changes/accessChanges";
import { readBaseInput } from "../git/readBaseInput";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import type { StackInputPaths } from "../loading/loadStackInput";
import { runPlan } from "../plan/runPlan";
import { renderAccessReview } from "../report/renderAccessReview";
import { formatDiagnostic } from "../validation/diagnostic";

/** Options of `contractor-access plan`. */
export interface PlanCommandOptions extends StackInputPaths {
  readonly at: Date;
  readonly format: "markdown" | "json";
  /** A git revision to compare access with. */
  readonly base: string | undefined;
}

/**
 * Runs `contractor-access plan`: what `pulumi up` would declare, from the
 * real stack program under Pulumi's mock engine, with no cloud credentials.
 * Invalid input prints every problem and no steps, and returns 1.
 */
export async function planCommand(options: PlanCommandOptions, print: (line: string) => void): Promise<number> {
  const plan = await runPlan(options);
  if (!plan.ok) {
    for (const diagnostic of [...plan.errors, ...plan.warnings]) print(formatDiagnostic(diagnostic));
    print(`${plan.errors.length} problem(s); nothing was planned.`);
    return 1;
  }
  if (options.format === "json") {
    print(JSON.stringify(plan.preview, null, 2));
    return 0;
  }
  let base: { ref: string; changes: ReturnType<typeof accessChanges> } | undefined;
  if (options.base !== undefined) {
    const baseInput = await readBaseInput(options.base, options, process.cwd(), plan.input.settings);
    if (!baseInput.ok) {
      print(baseInput.message);
      return 1;
    }
    const plansOf = (input: typeof baseInput) =>
      input.engagements.map(({ engagement }) => deriveAccessPlan(engagement, input.settings));
    base = { ref: options.base, changes: accessChanges(plansOf(baseInput), plansOf({ ...baseInput, ...plan.input })) };
  }
  print(renderAccessReview({ input: plan.input, preview: plan.preview, at: options.at, ...(base ? { base } : {}) }));
  return 0;
}
