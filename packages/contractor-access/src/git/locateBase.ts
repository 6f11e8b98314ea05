import { type RepositoryPath, repositoryPath } from "./baseCheckout";
import { git, resolveCommit } from "./git";

/** A base revision located in its repository, with the stack's paths in git's terms. */
export interface LocatedBase {
  readonly gitRoot: string;
  readonly commit: string;
  readonly engagements: RepositoryPath;
  readonly config: RepositoryPath;
}

/**
 * Finds the repository around `cwd`, the commit `ref` names, and where the
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
  return { ok: true, base: { gitRoot, commit, engagements, config } };
}
