import { resolveNow } from "../lifecycle/resolveNow";
import { loadStackInput, type StackInputPaths } from "../loading/loadStackInput";
import { expiryNotices, NOTICE_MARKER_PREFIX, NOTICE_SECTION } from "../report/expiryNotices";
import type { CliContext } from "./cliIo";
import { refuseInvalidInput } from "./printDiagnostics";

/** Options of `contractor-access notices`. */
export interface NoticesCommandOptions extends StackInputPaths {
  /** The instant to decide what ends soon at. */
  readonly at: Date;
}

/**
 * Runs `contractor-access notices`: prints, as JSON, the expiry notices that
 * should be open now (one per engagement whose access ends within the
 * stack's `noticeDays`), with the markers a workflow needs to reconcile
 * issues to them: `{ noticeDays, markerPrefix, section: { start, end },
 * notices: [{ id, title, body, marker }] }`. It reads files only. Invalid
 * input prints the diagnostics as JSON on stdout, every problem on stderr,
 * and returns 1, so that a workflow never closes notices on a broken input.
 */
export async function noticesCommand(options: NoticesCommandOptions, context: CliContext): Promise<number> {
  const input = await loadStackInput(
    options,
    resolveNow(context.env, () => new Date()),
  );
  if (!input.ok) {
    // Always JSON: the workflow reads stdout, and must never close notices on a broken input.
    return refuseInvalidInput(context, input, { config: options.config, outcome: "no notices", json: true });
  }
  const { noticeDays } = input.settings;
  const notices = expiryNotices({ engagements: input.engagements, now: options.at, noticeDays });
  context.io.stdout(
    JSON.stringify({ noticeDays, markerPrefix: NOTICE_MARKER_PREFIX, section: NOTICE_SECTION, notices }, null, 2),
  );
  return 0;
}
