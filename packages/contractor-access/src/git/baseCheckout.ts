import { mkdir, mkdtemp, realpath, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import { isIgnoredFile } from "../loading/readEngagementFiles";
import { gitBytes, listTree } from "./git";

/** A path both in the working tree and in git's terms. */
export interface RepositoryPath {
  /** Absolute path in the working tree. */
  readonly absolute: string;
  /** Path from the repository root with `/` separators, as git names it. */
  readonly inRepository: string;
}

/**
 * Locates a path (relative to `cwd`, or absolute) inside the repository at
 * `root`, or returns `undefined` when it lies outside it.
 *
 * @example
 * await repositoryPath("/repo", "/repo/stacks", "engagements"); // { absolute: "/repo/stacks/engagements", inRepository: "stacks/engagements" }
 */
export async function repositoryPath(root: string, cwd: string, path: string): Promise<RepositoryPath | undefined> {
  // git prints the real path of the root; compare like with like.
  const absolute = resolve(await realpath(cwd), path);
  const fromRoot = relative(await realpath(root), absolute);
  if (fromRoot === "" || fromRoot.startsWith("..") || isAbsolute(fromRoot)) return undefined;
  return { absolute, inRepository: fromRoot.split(sep).join(posix.sep) };
}

// The same files readEngagementFiles skips, so that a base folder holding
// only a README counts as empty rather than as "no engagement files".
function isEngagementFile(path: string): boolean {
  return !isIgnoredFile(posix.basename(path));
}

// Regular files only: a symlink's blob is its target's name, not content.
const FILE_MODES = new Set(["100644", "100755"]);

/**
 * The engagement files and the config file a commit holds, as repository
 * paths; no engagements when the folder did not exist at that commit.
 *
 * @throws the git error when git cannot list the commit's tree.
 */
export async function filesAtCommit(
  root: string,
  commit: string,
  paths: { readonly engagements: string; readonly config: string },
): Promise<{ engagements: string[]; config: string | undefined }> {
  const [folder, config] = await Promise.all([
    listTree(root, commit, `${paths.engagements}/`),
    listTree(root, commit, paths.config),
  ]);
  const isFile = (entry: { type: string; mode: string }) => entry.type === "blob" && FILE_MODES.has(entry.mode);
  return {
    engagements: folder
      .filter((entry) => isFile(entry) && isEngagementFile(entry.path))
      .map((entry) => entry.path)
      .sort(),
    config: config.find((entry) => isFile(entry) && entry.path === paths.config)?.path,
  };
}

// Engagement files written in TypeScript import "contractor-access"; give the
// copy the node_modules the working tree's engagements would resolve it from.
async function nearestNodeModules(from: string): Promise<string | undefined> {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, "node_modules");
    if ((await stat(candidate).catch(() => undefined))?.isDirectory()) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

/** Where a base's files were written, and how to name them back in git's terms. */
export interface BaseCheckout {
  readonly root: string;
  readonly engagements: string;
  /** Absolute path of the copied config file, or `undefined` when the base has none. */
  readonly config: string | undefined;
  /** Maps a path inside the checkout back to `REF:path/in/repository`. */
  readonly nameOf: (file: string) => string;
}

/**
 * Writes a commit's engagement files and config file into a fresh temporary
 * folder, with a `node_modules` link so TypeScript engagements load as they
 * would in the working tree. The caller removes `root` afterwards.
 *
 * @throws the git error when a file cannot be read from the commit (the
 *   temporary folder is removed first).
 */
export async function checkOutBase(
  gitRoot: string,
  commit: string,
  ref: string,
  files: { readonly engagements: readonly string[]; readonly config: string | undefined; readonly resolveFrom: string },
): Promise<BaseCheckout> {
  const root = await mkdtemp(join(tmpdir(), "contractor-access-base-"));
  try {
    return await writeCheckout(root, gitRoot, commit, ref, files);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

async function writeCheckout(
  root: string,
  gitRoot: string,
  commit: string,
  ref: string,
  files: { readonly engagements: readonly string[]; readonly config: string | undefined; readonly resolveFrom: string },
): Promise<BaseCheckout> {
  const engagements = join(root, "engagements");
  await mkdir(engagements);
  const names = new Map<string, string>();
  const copy = async (path: string, target: string) => {
    names.set(target, `${ref}:${path}`);
    await writeFile(target, await gitBytes(gitRoot, ["show", `${commit}:${path}`]));
  };
  const config = files.config === undefined ? undefined : join(root, posix.basename(files.config));
  await Promise.all([
    ...files.engagements.map((path) => copy(path, join(engagements, posix.basename(path)))),
    ...(files.config === undefined || config === undefined ? [] : [copy(files.config, config)]),
  ]);
  const nodeModules = await nearestNodeModules(files.resolveFrom);
  if (nodeModules) await symlink(nodeModules, join(root, "node_modules"), "junction");
  return { root, engagements, config, nameOf: (file) => names.get(file) ?? names.get(resolve(file)) ?? basename(file) };
}
