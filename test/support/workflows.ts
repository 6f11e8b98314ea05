import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** The folder of copyable workflows. */
export const CI_DIR = join(__dirname, "..", "..", "examples", "ci");

/** The default branch the workflows are written for. */
export const DEFAULT_BRANCH = "main";

/** One step of a job, as the YAML declares it. */
export interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Readonly<Record<string, unknown>>;
  readonly env?: Readonly<Record<string, string>>;
  readonly "working-directory"?: string;
}

/** A `concurrency:` block. */
export interface Concurrency {
  readonly group: string;
  readonly "cancel-in-progress"?: boolean | string;
  readonly queue?: string;
}

/** One job of a workflow. */
export interface Job {
  readonly if?: string;
  readonly environment?: string | { readonly name: string };
  readonly permissions?: Readonly<Record<string, string>> | string;
  readonly concurrency?: Concurrency;
  readonly steps: readonly Step[];
}

/** A workflow file: its parsed content and its raw text (for comments). */
export interface Workflow {
  readonly file: string;
  readonly text: string;
  readonly on: Readonly<Record<string, unknown>>;
  readonly permissions?: Readonly<Record<string, string>> | string;
  readonly concurrency?: Concurrency;
  readonly jobs: Readonly<Record<string, Job>>;
}

// `on: push`, `on: [push, pull_request]` and the mapping form all mean the same.
function triggers(on: unknown): Record<string, unknown> {
  if (typeof on === "string") return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((name) => [String(name), null]));
  return (on ?? {}) as Record<string, unknown>;
}

/** Every `examples/ci/*.yml`, parsed, in file name order. */
export function loadWorkflows(): Workflow[] {
  return readdirSync(CI_DIR)
    .filter((file) => file.endsWith(".yml"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(CI_DIR, file), "utf8");
      const parsed = parse(text) as Omit<Workflow, "file" | "text" | "on"> & { on: unknown };
      return { ...parsed, file, text, on: triggers(parsed.on) };
    });
}

/** Every `file: job` pair with its workflow and job. */
export function allJobs(workflows: readonly Workflow[]): [string, Workflow, Job][] {
  return workflows.flatMap((workflow) =>
    Object.entries(workflow.jobs).map(([id, job]): [string, Workflow, Job] => [
      `${workflow.file}: ${id}`,
      workflow,
      job,
    ]),
  );
}

/** Every string in a value, mapping keys included, depth first. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)]);
  }
  return [];
}

/**
 * Every reference to the `secrets` context in a value other than
 * `secrets.GITHUB_TOKEN`, and any `secrets:` key (for example
 * `secrets: inherit` on a reusable workflow call).
 */
export function secretsOtherThanGithubToken(value: unknown): string[] {
  const found: string[] = [];
  for (const text of stringsIn(value)) {
    if (text === "secrets") found.push("a secrets: key");
    for (const match of text.matchAll(/\bsecrets\b(\s*\.\s*\w+|\s*\[[^\]]*\])?/g)) {
      if (!/^\s*\.\s*GITHUB_TOKEN$/.test(match[1] ?? "")) found.push(match[0]);
    }
  }
  return found;
}

/** The unreviewed trigger of a workflow that runs on tag pushes only (the release). */
export const TAG_PUSH = "push of a tag";

/**
 * The triggers under which a workflow runs code nobody reviewed into the
 * default branch: pull request events, and pushes to any other branch.
 */
export function unreviewedTriggers(workflow: Workflow): string[] {
  return Object.entries(workflow.on).flatMap(([name, config]) => {
    if (name === "pull_request" || name === "pull_request_target") return [name];
    if (name !== "push") return [];
    const push = (config ?? {}) as { branches?: unknown; "branches-ignore"?: unknown; tags?: unknown };
    // A tag can point at any commit, reviewed or not; it is its own kind.
    if (push.tags !== undefined && push.branches === undefined && push["branches-ignore"] === undefined) {
      return [TAG_PUSH];
    }
    const onlyDefault =
      Array.isArray(push.branches) &&
      push.branches.length === 1 &&
      push.branches[0] === DEFAULT_BRANCH &&
      push["branches-ignore"] === undefined &&
      push.tags === undefined;
    return onlyDefault ? [] : ["push to a branch other than the default"];
  });
}

/** The name of a job's environment, or `undefined`. */
export function environmentOf(job: Job): string | undefined {
  return typeof job.environment === "string" ? job.environment : job.environment?.name;
}

/** Every `run:` script of a job, in order. */
export function runScripts(job: Job): string[] {
  return job.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
}
