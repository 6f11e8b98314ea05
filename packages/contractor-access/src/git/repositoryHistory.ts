import { git } from "./git";

/** Where the repository's reachable history starts, when the clone is shallow. */
export interface HistoryStart {
  /** Whether the clone is shallow, so older commits are missing. */
  readonly shallow: boolean;
  /** The oldest first-parent commit the clone holds, and its committer date. */
  readonly oldest: { readonly commit: string; readonly date: Date } | undefined;
}

/**
 * The top folder of the git repository holding `cwd`, or `undefined` outside one.
 *
 * @example
 * await repositoryRoot("/repo/stacks"); // "/repo"
 */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the clone is shallow and, if so, where its history starts: a
 * shallow clone (CI checkouts default to depth 1) shows its oldest commit as
 * adding every file, which a ledger must not present as history.
 *
 * @throws the git error when the repository has no commits.
 */
export async function historyStart(root: string): Promise<HistoryStart> {
  const shallow = (await git(root, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
  if (!shallow) return { shallow, oldest: undefined };
  const lines = (await git(root, ["log", "--first-parent", "--format=%H %cI", "HEAD"])).trim().split("\n");
  const [commit = "", date = ""] = (lines[lines.length - 1] ?? "").split(" ");
  return { shallow, oldest: commit ? { commit, date: new Date(date) } : undefined };
}
