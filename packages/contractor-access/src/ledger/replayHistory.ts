import type { AccessChange } from "../changes/accessChange";
import { accessChanges } from "../changes/accessChanges";
import type { HistoryCommit } from "../git/fileHistory";
import type { AccessPlan } from "../lanes/accessPlan";
import { compareText } from "../text/compareText";
import { accessEnd, ledgerApprovals } from "./approvalsAndEnd";
import { ledgerEventKind } from "./eventKind";
import type { LedgerEvent } from "./ledgerEvent";

/** One engagement file as it was at a commit: validated with its plan, or refused with its problems. */
export type EngagementVersion =
  | { readonly ok: true; readonly plan: AccessPlan }
  | { readonly ok: false; readonly id: string | undefined; readonly problems: readonly string[] };

/** How the replay reads the past; the ledger command gives it git, tests give it a map. */
export interface HistorySource {
  /** Whether a repository path is an engagement file of the folder. */
  readonly isEngagementFile: (path: string) => boolean;
  /** Whether a commit changed the stack config file (so every engagement is read again with its settings). */
  readonly changesSettings: (commit: HistoryCommit) => boolean;
  /** Reads and validates the given files as they were at `commit`. */
  readonly versionsAt: (commit: HistoryCommit, paths: readonly string[]) => Promise<Map<string, EngagementVersion>>;
}

type Entry = { readonly plan: AccessPlan; readonly file: string };

// The engagement files a commit removed (deleted, or renamed away) and those it wrote.
function changed(commit: HistoryCommit, isEngagementFile: (path: string) => boolean) {
  const gone: string[] = [];
  const present: string[] = [];
  for (const change of commit.changes) {
    if (change.from !== undefined && isEngagementFile(change.from)) gone.push(change.from);
    if (!isEngagementFile(change.path)) continue;
    (change.status === "deleted" ? gone : present).push(change.path);
  }
  return { gone, present: [...new Set(present)] };
}

/**
 * Replays the history of an engagements folder, commit by commit, and
 * returns one event per engagement whose access a commit changed. State is
 * kept by engagement id, not by path, so a renamed file (or an id moved to
 * another file) is no change, and an engagement is revoked only when no file
 * holds its id any more. A version that does not validate is an `invalid`
 * event and changes nothing: the stack refuses to deploy it, so the access
 * of the last valid version stands. When a commit changes the stack's
 * settings, every engagement is read again, since a catalog change can
 * widen a grant without touching its file.
 *
 * @param now The instant `accessEnds.ended` compares with.
 */
export async function replayHistory(
  commits: readonly HistoryCommit[],
  source: HistorySource,
  now: Date,
): Promise<LedgerEvent[]> {
  const current = new Map<string, Entry>();
  const idAt = new Map<string, string>();
  const events: LedgerEvent[] = [];
  for (const commit of commits) {
    const { gone, present } = changed(commit, source.isEngagementFile);
    const reread = source.changesSettings(commit) ? [...idAt.keys()].filter((path) => !gone.includes(path)) : [];
    const paths = [...new Set([...present, ...reread])];
    const candidates = new Set<string>();
    for (const path of [...gone, ...paths]) {
      const id = idAt.get(path);
      if (id !== undefined) candidates.add(id);
      idAt.delete(path);
    }
    const versions = await source.versionsAt(commit, paths);
    const after = new Map<string, Entry>();
    const base = { commit: commit.commit, date: commit.date, author: commit.author };
    for (const [path, version] of [...versions].sort(([a], [b]) => compareText(a, b))) {
      if (version.ok) {
        const id = version.plan.engagement.id;
        idAt.set(path, id);
        after.set(id, { plan: version.plan, file: path });
        continue;
      }
      if (version.id !== undefined) idAt.set(path, version.id);
      const problems = version.problems.map((message) => ({
        kind: "changed" as const,
        lane: "engagement" as const,
        message,
      }));
      events.push({
        ...base,
        engagement: version.id ?? path,
        file: path,
        kind: "invalid",
        changes: problems,
        approvals: undefined,
        accessEnds: undefined,
      });
    }
    const held = new Set(idAt.values());
    const removedAt = new Date(commit.date);
    const touched = [...new Set([...candidates, ...after.keys()])].sort(compareText);
    for (const id of touched) {
      const before = current.get(id);
      const next = after.get(id);
      // An id whose file is invalid now keeps its last valid access: nothing deployable changed.
      if (!next && held.has(id)) continue;
      const diff: AccessChange[] = accessChanges(before ? [before.plan] : [], next ? [next.plan] : []);
      if (next) current.set(id, next);
      else current.delete(id);
      if (diff.length === 0) continue;
      const shown = next ?? before;
      if (!shown) continue;
      events.push({
        ...base,
        engagement: id,
        file: shown.file,
        kind: ledgerEventKind(diff),
        changes: diff.map(({ kind, lane, message }) => ({ kind, lane, message })),
        approvals: ledgerApprovals(shown.plan),
        accessEnds: accessEnd(shown.plan, next ? undefined : removedAt, now),
      });
    }
  }
  return events;
}
