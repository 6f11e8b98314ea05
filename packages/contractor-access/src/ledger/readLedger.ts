import { dirname, resolve } from "node:path";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { repositoryPath } from "../git/baseCheckout";
import { fileHistory } from "../git/fileHistory";
import { historyStart, repositoryRoot } from "../git/repositoryHistory";
import { gitHistorySource } from "./gitHistorySource";
import type { LedgerEvent } from "./ledgerEvent";
import { replayHistory } from "./replayHistory";

/** The ledger, or why the history asked for cannot be read. */
export type LedgerResult =
  | { readonly ok: true; readonly events: LedgerEvent[] }
  | { readonly ok: false; readonly message: string };

/** What the ledger reads and from when. */
export interface LedgerOptions {
  readonly engagements: string;
  readonly config: string;
  /** Events at or after this instant are kept; the history before it is still replayed. */
  readonly since: Date | undefined;
  /** The instant `accessEnds.ended` compares with. */
  readonly now: Date;
  /** Settings for commits before the repository had its config file: the working tree's. */
  readonly settings: StackSettings;
  /** Where the command runs. @default process.cwd() */
  readonly cwd?: string;
}

function shallowMessage(oldest: { commit: string; date: Date }, since: Date | undefined): string {
  const asked = since ? `since ${since.toISOString()}` : "from the first commit";
  return `this is a shallow clone: its history starts at ${oldest.commit.slice(0, 12)} (${oldest.date.toISOString()}), so the ledger ${asked} would be incomplete; fetch the history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0) or pass --since after that date`;
}

/**
 * Reads the access ledger of an engagements folder from git: one event per
 * engagement change per commit of the current branch (first parent), oldest
 * first. Refuses, with a message, outside a git repository, for a folder or
 * config outside it, and on a shallow clone that lacks the history asked for.
 *
 * @example
 * const ledger = await readLedger({ engagements: "stacks/engagements", config: "Pulumi.dev.yaml", since: undefined, now: new Date(), settings });
 */
export async function readLedger(options: LedgerOptions): Promise<LedgerResult> {
  const cwd = options.cwd ?? process.cwd();
  // The config file exists in the working tree (its settings were read), so its folder locates the repository.
  const configFolder = dirname(resolve(cwd, options.config));
  const root = await repositoryRoot(configFolder);
  if (!root) {
    return {
      ok: false,
      message: `${configFolder} is not inside a git repository; the ledger reads the history of the engagements folder from git`,
    };
  }
  const [folder, config] = await Promise.all([
    repositoryPath(root, cwd, options.engagements),
    repositoryPath(root, cwd, options.config),
  ]);
  if (!folder || !config) {
    return { ok: false, message: `--engagements and --config must lie inside the git repository at ${root}` };
  }
  const start = await historyStart(root).catch(() => undefined);
  if (!start) return { ok: false, message: `the git repository at ${root} has no commits yet, so it has no ledger` };
  if (start.shallow && start.oldest && (!options.since || start.oldest.date.getTime() > options.since.getTime())) {
    return { ok: false, message: shallowMessage(start.oldest, options.since) };
  }
  const commits = await fileHistory(root, [`${folder.inRepository}/`, config.inRepository]);
  const source = await gitHistorySource(
    root,
    { folder: folder.inRepository, config: config.inRepository },
    options.settings,
  );
  try {
    const events = await replayHistory(commits, source, options.now);
    const since = options.since;
    return { ok: true, events: since ? events.filter((event) => new Date(event.date) >= since) : events };
  } finally {
    await source.close();
  }
}
