import { type RepositoryPath, repositoryPath } from "./baseCheckout";
import { git, mergeBase, resolveCommit } from "./git";

/** A base revision located in its repository, with the stack's paths in git's terms. */
export interface LocatedBase {
  readonly gitRoot: string;
  /** The merge-base of HEAD and the ref: the commit the change is compared with. */
  readonly commit: string;
  readonly engagements: RepositoryPath;
  readonly config: RepositoryPath;
}

/**
 * Finds the repository around `cwd`, the merge-base of HEAD and the commit
 * `ref` names (what the current branch forked from), and where the
 * engagements folder and config file sit in it; or says, in a sentence, why
 * there is no such base.
 *
 * @example
 * await locateBase("origin/main", { engagements: "stacks/engagements", config: "Pulumi.dev.yaml" }, process.cwd());
 * // { ok: true, base: { gitRoot: "/repo", commit: "e434a4f…", engagements: { … }, config: { … } } }
 */
export async function locateBase(
  ref: string,
  paths: { readonly engagements: string; readonly config: string },
  cwd: string,
): Promise<{ readonly ok: true; readonly base: LocatedBase } | { readonly ok: false; readonly message: string }> {
  const gitRoot = await git(cwd, ["rev-parse", "--show-toplevel"]).then(
    (output) => output.trim(),
    () => undefined,
  );
  if (!gitRoot) {
    return {
      ok: false,
      message: `${cwd} is not inside a git repository, so there is no base "${ref}" to compare with`,
    };
  }
  const commit = await resolveCommit(gitRoot, ref);
  if (!commit) {
    return {
      ok: false,
      message: `base "${ref}" is not a git revision this repository knows; fetch it first (for example git fetch origin main)`,
    };
  }
  // The merge-base, not the ref's tip: on a branch that is behind, the tip
  // holds engagements added since the branch forked, which would otherwise
  // show as removed by this change.
  const forkPoint = await mergeBase(gitRoot, commit);
  if (!forkPoint) {
    return {
      ok: false,
      message: `base "${ref}" and HEAD have no common ancestor (unrelated histories, or a shallow clone: fetch with more depth, for example git fetch --deepen 50 origin), so there is no merge-base to compare with`,
    };
  }
  const [engagements, config] = await Promise.all([
    repositoryPath(gitRoot, cwd, paths.engagements),
    repositoryPath(gitRoot, cwd, paths.config),
  ]);
  if (!engagements || !config) {
    const outside = engagements ? paths.config : paths.engagements;
    return {
      ok: false,
      message: `${outside} is outside the git repository at ${gitRoot}, so it has no version at base "${ref}"`,
    };
  }
  return { ok: true, base: { gitRoot, commit: forkPoint, engagements, config } };
}
