import { git } from "./git";

/** What one commit did to one file: added, modified, deleted, or renamed from `from`. */
export interface FileChange {
  readonly status: "added" | "modified" | "deleted" | "renamed";
  /** The path after the commit (the deleted path for `deleted`), from the repository root. */
  readonly path: string;
  /** The path before a rename. */
  readonly from?: string;
}

/** One commit that touched the paths asked for, with its author and what it changed. */
export interface HistoryCommit {
  readonly commit: string;
  /** The author date, ISO 8601 with the author's offset. */
  readonly date: string;
  readonly author: string;
  readonly authorEmail: string;
  readonly changes: readonly FileChange[];
}

const STATUS: Record<string, FileChange["status"]> = { A: "added", M: "modified", D: "deleted", T: "modified" };

// A record starts with \x1e; its header fields are split by \x1f and end with
// "\0\n"; then come NUL-separated name-status tokens (two paths for renames).
function parseRecord(record: string): HistoryCommit | undefined {
  const end = record.indexOf("\0\n");
  const header = end === -1 ? record.replace(/\0?\n?$/, "") : record.slice(0, end);
  const [commit = "", date = "", author = "", authorEmail = ""] = header.split("\x1f");
  if (!commit) return undefined;
  const tokens = end === -1 ? [] : record.slice(end + 2).split("\0");
  const changes: FileChange[] = [];
  for (let index = 0; index < tokens.length; ) {
    const status = tokens[index++] ?? "";
    if (!status) continue;
    const letter = status[0] ?? "";
    if (letter === "R" || letter === "C") {
      const from = tokens[index++] ?? "";
      const path = tokens[index++] ?? "";
      // A copy leaves its source in place: to the ledger it is a new file.
      changes.push(letter === "R" ? { status: "renamed", path, from } : { status: "added", path });
    } else {
      changes.push({ status: STATUS[letter] ?? "modified", path: tokens[index++] ?? "" });
    }
  }
  return { commit, date, author, authorEmail, changes };
}

/**
 * The commits of the current branch that touched `paths`, oldest first, with
 * what each changed. It follows the first parent only and diffs a merge
 * against it, so a merged pull request is one commit: the instant its change
 * reached the branch. Renames are detected (`-M`) so a moved file keeps its
 * history; one git process reads everything, which keeps 1000 commits fast.
 *
 * @throws the git error when git cannot read the history.
 * @example
 * await fileHistory("/repo", ["stacks/engagements/", "Pulumi.dev.yaml"]);
 * // [{ commit: "9b1c…", date: "2026-11-20T09:12:00+01:00", author: "Priya Raman", changes: [{ status: "added", path: "stacks/engagements/checkout.yaml" }] }]
 */
export async function fileHistory(root: string, paths: readonly string[]): Promise<HistoryCommit[]> {
  const output = await git(root, [
    "log",
    "--reverse",
    "--first-parent",
    "--diff-merges=first-parent",
    "-M",
    "--name-status",
    "-z",
    "--format=%x1e%H%x1f%aI%x1f%an%x1f%ae",
    "HEAD",
    "--",
    ...paths,
  ]);
  return output
    .split("\x1e")
    .map(parseRecord)
    .filter((commit): commit is HistoryCommit => commit !== undefined);
}
