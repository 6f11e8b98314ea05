import { rm } from "node:fs/promises";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { loadStackInput } from "../loading/loadStackInput";
import { readEngagementFiles } from "../loading/readEngagementFiles";
import { readStackSettings } from "../loading/readStackSettings";
import { plural } from "../text/plural";
import { type Diagnostic, formatDiagnostic } from "../validation/diagnostic";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import { validateEngagements } from "../validation/validateEngagements";
import { type BaseCheckout, checkOutBase, filesAtCommit } from "./baseCheckout";
import { locateBase } from "./locateBase";

/** The stack input at a base revision, or why it cannot be compared with. */
export type BaseInput =
  | { readonly ok: true; readonly settings: StackSettings; readonly engagements: ValidatedEngagement[] }
  | { readonly ok: false; readonly message: string };

const SHOWN_PROBLEMS = 5;

// git explains itself on stderr; the error's message only repeats the command.
function gitProblem(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
  return (stderr || String(error instanceof Error ? error.message : error)).split("\n")[0] ?? "";
}

function invalid(ref: string, problems: readonly Diagnostic[], checkout: BaseCheckout): BaseInput {
  const lines = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((problem) => `  ${formatDiagnostic({ ...problem, file: checkout.nameOf(problem.file) })}`);
  const more = problems.length - SHOWN_PROBLEMS;
  if (more > 0) lines.push(`  and ${plural(more, "more problem")}`);
  return {
    ok: false,
    message: `the stack at base "${ref}" is not valid, so access cannot be compared with it; fix the base or compare with another revision:\n${lines.join("\n")}`,
  };
}

async function loadCheckout(
  ref: string,
  checkout: BaseCheckout,
  fallback: StackSettings | undefined,
  hasFiles: boolean,
  now: Date,
): Promise<BaseInput> {
  const named = (engagements: readonly ValidatedEngagement[]) =>
    engagements.map((entry) => ({ ...entry, file: checkout.nameOf(entry.file) }));
  if (checkout.config !== undefined && hasFiles) {
    const input = await loadStackInput({ engagements: checkout.engagements, config: checkout.config }, now);
    return input.ok
      ? { ok: true, settings: input.settings, engagements: named(input.engagements) }
      : invalid(ref, input.errors, checkout);
  }
  const settings = checkout.config === undefined ? undefined : await readStackSettings(checkout.config);
  if (settings && !settings.ok) return invalid(ref, settings.diagnostics, checkout);
  const chosen = settings?.settings ?? fallback;
  if (!chosen) {
    return {
      ok: false,
      message: `base "${ref}" has no stack config file, and no settings were given to read its engagements with`,
    };
  }
  if (!hasFiles) return { ok: true, settings: chosen, engagements: [] };
  // The base had engagements before it had this config file: read them with the head's settings.
  const files = await readEngagementFiles(checkout.engagements);
  const result = validateEngagements(files.sources, chosen, { now });
  const errors = [...files.diagnostics, ...result.errors];
  return errors.length > 0
    ? invalid(ref, errors, checkout)
    : { ok: true, settings: chosen, engagements: named(result.engagements) };
}

/**
 * Reads a stack's settings and engagements as they were at a git revision,
 * such as the branch a pull request targets, so that `plan --base` can show
 * what the change does to access. The files are copied out of git into a
 * temporary folder and read and validated by the same loaders as the
 * working tree; TypeScript engagements resolve `contractor-access` from the
 * working tree's `node_modules`.
 *
 * A base without the engagements folder (before the first engagement) is an
 * empty base. A base that does not validate, including a TypeScript file
 * that no longer loads, is refused as a whole: a diff against part of it
 * would hide grants.
 *
 * @param ref Any revision git knows: a branch, tag, `origin/main`, a commit.
 * @param paths The engagements folder and stack config file, relative to `cwd` or absolute, and the
 *   instant the base is validated at (reviews dated after it are refused; the clock when absent).
 * @param cwd Where the command runs; must be inside the git repository.
 * @param fallbackSettings Settings to read the base with when the base has no config file (the head's).
 * @returns The base's settings and engagements, each engagement's `file` in
 *   git's `REF:path/from/repository/root` form; or a message naming why the
 *   base cannot be compared with (unknown revision, invalid base).
 * @example
 * const base = await readBaseInput("origin/main", { engagements: "stacks/engagements", config: "Pulumi.dev.yaml" });
 * if (!base.ok) console.error(base.message);
 */
export async function readBaseInput(
  ref: string,
  paths: { readonly engagements: string; readonly config: string; readonly at?: Date },
  cwd: string = process.cwd(),
  fallbackSettings?: StackSettings,
): Promise<BaseInput> {
  const located = await locateBase(ref, paths, cwd);
  if (!located.ok) return located;
  const { gitRoot, commit, engagements, config } = located.base;
  let checkout: BaseCheckout;
  let hasEngagements: boolean;
  try {
    const files = await filesAtCommit(gitRoot, commit, {
      engagements: engagements.inRepository,
      config: config.inRepository,
    });
    hasEngagements = files.engagements.length > 0;
    checkout = await checkOutBase(gitRoot, commit, ref, { ...files, resolveFrom: engagements.absolute });
  } catch (error) {
    return { ok: false, message: `could not read the files of base "${ref}" from git: ${gitProblem(error)}` };
  }
  try {
    return await loadCheckout(ref, checkout, fallbackSettings, hasEngagements, paths.at ?? new Date());
  } finally {
    await rm(checkout.root, { recursive: true, force: true });
  }
}
