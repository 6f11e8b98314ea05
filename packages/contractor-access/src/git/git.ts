import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

// Engagement files are small; the limit only guards against a runaway blob.
const MAX_BUFFER = 64 * 1024 * 1024;

/**
 * Runs git in `cwd` and returns its standard output.
 *
 * @throws the child process error (with `stderr`) when git exits non-zero or is missing.
 * @example
 * await git("/repo", ["rev-parse", "--show-toplevel"]); // "/repo\n"
 */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run("git", [...args], { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8" });
  return stdout;
}

/**
 * Runs git in `cwd` and returns its standard output as bytes, for file content.
 *
 * @throws the child process error when git exits non-zero.
 * @example
 * await gitBytes("/repo", ["show", "HEAD:Pulumi.dev.yaml"]);
 */
export async function gitBytes(cwd: string, args: readonly string[]): Promise<Buffer> {
  const { stdout } = await run("git", [...args], { cwd, maxBuffer: MAX_BUFFER, encoding: "buffer" });
  return stdout;
}

/**
 * The commit a revision names, or `undefined` when the repository does not
 * know it (not fetched, misspelt).
 *
 * @example
 * await resolveCommit("/repo", "origin/main"); // "e434a4f..."
 */
export async function resolveCommit(root: string, ref: string): Promise<string | undefined> {
  try {
    const commit = await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    return commit.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The best common ancestor of HEAD and `commit` (`git merge-base`), or
 * `undefined` when they share none (unrelated histories, a shallow clone that
 * stops short of it, or a repository without commits).
 *
 * @example
 * await mergeBase("/repo", "e434a4f..."); // "9b1c0de..."
 */
export async function mergeBase(root: string, commit: string): Promise<string | undefined> {
  try {
    const base = await git(root, ["merge-base", "HEAD", commit]);
    return base.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** One entry of a git tree listing. */
export interface TreeEntry {
  /** `blob` for a file, `tree` for a folder, `commit` for a submodule. */
  readonly type: string;
  readonly mode: string;
  /** Path from the repository root, with `/` separators. */
  readonly path: string;
}

/**
 * Lists what `path` holds at `commit`: a folder's entries when `path` ends in
 * `/`, the entry itself otherwise, and nothing when it does not exist there.
 *
 * @example
 * await listTree("/repo", commit, "stacks/engagements/"); // [{ type: "blob", mode: "100644", path: "stacks/engagements/a.yaml" }]
 */
export async function listTree(root: string, commit: string, path: string): Promise<TreeEntry[]> {
  // -z: paths come back unquoted, whatever characters they hold.
  const output = await git(root, ["ls-tree", "-z", "--full-tree", commit, "--", path]);
  return output
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [mode = "", type = ""] = line.slice(0, tab).split(" ");
      return { mode, type, path: line.slice(tab + 1) };
    });
}
