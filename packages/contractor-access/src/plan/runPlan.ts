import * as pulumi from "@pulumi/pulumi";
import { type LoadedStackInput, loadStackInput, type StackInputPaths } from "../loading/loadStackInput";
import { configTexts } from "../loading/programConfig";
import { stackIdentity } from "../loading/stackIdentity";
import { type MockEngine, startMockEngine } from "../preview/mockEngine";
import { withoutSourcePositions } from "../preview/withoutSourcePositions";
import { contractorAccessProgram } from "../stack/contractorAccessProgram";
import { type PreviewJson, previewJson } from "./previewSteps";

/** Input of a plan: where the stack is, and the instant to plan at. */
export interface PlanOptions extends StackInputPaths {
  /** The instant the stack decides what exists at. */
  readonly at: Date;
  /**
   * The instant the files are validated at (no review dated after it): today,
   * not `at`, since planning at another instant asks what the stack would do
   * with these files then, not whether they existed then.
   */
  readonly validatedAt: Date;
}

/** A plan: the validated input and what `pulumi up` would declare, or every problem. */
export type PlanResult =
  | { readonly ok: true; readonly input: Extract<LoadedStackInput, { ok: true }>; readonly preview: PreviewJson }
  | Extract<LoadedStackInput, { ok: false }>;

/**
 * Runs the real stack program under Pulumi's mock engine, with no CLI and no
 * cloud credentials, and returns the steps `pulumi up` would take. The input
 * is validated first: invalid input returns every problem and declares
 * nothing. The mock runtime is global, so call this once per process.
 */
export async function runPlan(options: PlanOptions): Promise<PlanResult> {
  const input = await loadStackInput(options, options.validatedAt);
  if (!input.ok) return input;
  const { project, stack } = await stackIdentity(options.config);
  const engine: MockEngine = await startMockEngine({ project, stack });
  // The text the Pulumi CLI would hand the program, so it reads the config as under `pulumi up`.
  pulumi.runtime.setAllConfig(configTexts(input.config), []);
  // Every output captures a stack trace under the mock engine; dropping them
  // halves the cost of declaring (measured: about 4 ms a resource, mostly
  // new Error().stack per promise), and no error is expected here.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    await withoutSourcePositions(async () => {
      // Pulumi records the whole call stack of every resource declaration, whatever the limit:
      // start the program on a stack of its own rather than under the CLI's command and its
      // awaits, three frames fewer in each of the 11,000 stacks of 1000 engagements.
      await new Promise<void>((resolve, reject) => {
        setImmediate(() => {
          contractorAccessProgram({ engagementsDir: options.engagements, now: options.at, validated: input }).then(
            () => resolve(),
            reject,
          );
        });
      });
      await engine.settle();
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return { ok: true, input, preview: previewJson(engine.resources, project, stack) };
}
