import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { type BlobReader, openBlobReader } from "../git/blobReader";
import type { HistoryCommit } from "../git/fileHistory";
import { isIgnoredFile, readEngagementFile } from "../loading/readEngagementFiles";
import { readStackSettings } from "../loading/readStackSettings";
import { validateEngagements } from "../validation/validateEngagements";
import type { EngagementVersion, HistorySource } from "./replayHistory";

/** A {@link HistorySource} over a git repository, and how to release it. */
export interface GitHistorySource extends HistorySource {
  /** Ends the git process and removes the temporary files. */
  close(): Promise<void>;
}

function idOf(content: unknown): string | undefined {
  const id = (content as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}

/**
 * Reads engagement versions out of git for the ledger: each blob through one
 * `git cat-file --batch`, written to a temporary file and read by the same
 * loader as the working tree (so YAML, JSON and TypeScript behave as they do
 * today), then validated alone with the settings of the config file at that
 * commit (or `fallback` while the repository had none). Rules across
 * engagements (unique ids, one identity per person) are not re-run on the
 * past: they decide whether the stack deployed, not what one file granted.
 */
export async function gitHistorySource(
  root: string,
  paths: { readonly folder: string; readonly config: string },
  fallback: StackSettings,
): Promise<GitHistorySource> {
  const scratch = await mkdtemp(join(tmpdir(), "contractor-access-ledger-"));
  const blobs: BlobReader = openBlobReader(root);
  let settings = fallback;
  let written = 0;
  const writeBlob = async (content: Buffer, path: string) => {
    // A fresh name per version: jiti caches modules by path.
    const file = join(scratch, `${written++}-${posix.basename(path)}`);
    await writeFile(file, content);
    return file;
  };
  const settingsAt = async (commit: string) => {
    const content = await blobs.read(commit, paths.config);
    if (!content) return fallback;
    const read = await readStackSettings(await writeBlob(content, paths.config));
    // An invalid config at a commit deployed nothing new; keep the settings that stood.
    return read.ok ? read.settings : settings;
  };
  // A version is judged as of its commit: a review dated that day was not in the future then.
  const versionAt = async (commit: string, path: string, at: Date): Promise<EngagementVersion | undefined> => {
    const content = await blobs.read(commit, path);
    if (!content) return undefined;
    const read = await readEngagementFile(await writeBlob(content, path));
    if (Array.isArray(read) || !("content" in read)) {
      return { ok: false, id: undefined, problems: [read].flat().map((problem) => `${path} ${problem.message}`) };
    }
    const result = validateEngagements([read], settings, { now: at });
    const [valid] = result.engagements;
    if (valid && result.errors.length === 0) return { ok: true, plan: valid.plan };
    const problems = result.errors.map((error) => `${path}: ${error.path.join(".") || "(file)"}: ${error.message}`);
    return { ok: false, id: idOf(read.content), problems };
  };
  const folderPrefix = `${paths.folder}/`;
  return {
    isEngagementFile: (path) =>
      path.startsWith(folderPrefix) &&
      !path.slice(folderPrefix.length).includes("/") &&
      !isIgnoredFile(posix.basename(path)),
    changesSettings: (commit: HistoryCommit) =>
      commit.changes.some((change) => change.path === paths.config || change.from === paths.config),
    versionsAt: async (commit, list) => {
      if (commit.changes.some((change) => change.path === paths.config || change.from === paths.config)) {
        settings = await settingsAt(commit.commit);
      }
      const versions = new Map<string, EngagementVersion>();
      for (const path of list) {
        const version = await versionAt(commit.commit, path, new Date(commit.date));
        if (version) versions.set(path, version);
      }
      return versions;
    },
    close: async () => {
      blobs.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
