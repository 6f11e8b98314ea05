import { execFileSync } from "node:child_process";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";
import type { EngagementInput } from "../engagement/engagementTypes";
import { type TempStack, tempStack } from "../testing/tempStack";

/** A temporary git repository holding a stack, and how to commit to it at a given instant. */
export interface LedgerRepository extends TempStack {
  /** Runs git in the repository and returns its trimmed output. */
  git(...args: string[]): string;
  /** Writes an engagement file under the engagements folder: JSON for `.json`, YAML otherwise. */
  write(name: string, engagement: EngagementInput): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** Commits everything as `author` at `date` and returns the commit. */
  commit(message: string, date: string, author?: string): string;
}

/** Creates a git repository with an empty engagements folder and the test settings, not yet committed. */
export async function ledgerRepository(): Promise<LedgerRepository> {
  const stack = await tempStack({});
  const run = (env: Record<string, string>, ...args: string[]) =>
    execFileSync("git", ["-c", "commit.gpgsign=false", ...args], {
      cwd: stack.root,
      env: { ...process.env, ...env },
      encoding: "utf8",
    }).trim();
  run({}, "init", "-q", "-b", "main");
  await mkdir(stack.engagements, { recursive: true });
  return {
    ...stack,
    git: (...args) => run({}, ...args),
    write: (name, engagement) =>
      writeFile(
        join(stack.engagements, name),
        name.endsWith(".json") ? JSON.stringify(engagement, null, 2) : stringify(engagement),
      ),
    rename: (from, to) => rename(join(stack.engagements, from), join(stack.engagements, to)),
    remove: (name) => rm(join(stack.engagements, name)),
    commit: (message, date, author = "Priya Raman <priya@acme.example>") => {
      const [name = "", email = ""] = author.replace(/>$/, "").split(" <");
      const env = {
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: name,
        GIT_COMMITTER_EMAIL: email,
        GIT_COMMITTER_DATE: date,
      };
      run(env, "add", "-A");
      run(env, "commit", "-q", "--allow-empty", "-m", message);
      return run({}, "rev-parse", "HEAD");
    },
  };
}
