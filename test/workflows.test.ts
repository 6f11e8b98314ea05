import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  allJobs,
  CI_DIR,
  environmentOf,
  type Job,
  loadWorkflows,
  runScripts,
  type Step,
  secretsOtherThanGithubToken,
  stringsIn,
  TAG_PUSH,
  unreviewedTriggers,
} from "./support/workflows";

const REPO = join(__dirname, "..");
const workflows = loadWorkflows();
const jobs = allJobs(workflows);
const job = (key: string): Job => {
  const found = jobs.find(([name]) => name === key);
  if (!found) throw new Error(`no job ${key}`);
  return found[2];
};

// Each SHA was found in public workflows of several independent repositories
// (see the pull request that added them); the comment is the release it is.
const VERIFIED_PINS: Record<string, string> = {
  "actions/checkout": "3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
  "actions/setup-node": "820762786026740c76f36085b0efc47a31fe5020 # v7.0.0",
  "pnpm/action-setup": "d9184bf108216479bc5a137cc391f4d7b14c870b # v6.1.0",
  "actions/github-script": "3a2844b7e9c422d3c10d287c895573f7108da1b3 # v9.0.0",
  "aws-actions/configure-aws-credentials": "e1253824e5c10ff9df46874f81ed3ec929e19cfd # v6.3.0",
  "pulumi/actions": "8e5e406f4007fca908480587cb9893c07090f58d # v7.0.0",
};

const STACK_GROUP = "contractor-access-stack-acme-contractor-access-dev";
const PROTECTED_BY_MAIN = "github.ref == 'refs/heads/main'";

describe("jobs that run on unreviewed code see no secret but GITHUB_TOKEN", () => {
  // The release (tag pushes) is checked on its own below.
  const unreviewed = jobs.filter(([, workflow]) => unreviewedTriggers(workflow).some((kind) => kind !== TAG_PUSH));

  test("exactly the pull request review's jobs run on unreviewed code", () => {
    expect(unreviewed.map(([name]) => name)).toEqual([
      "plan-on-pull-request.yml: review",
      "plan-on-pull-request.yml: comment",
    ]);
  });

  test.each(unreviewed)("%s: no secret, no OIDC token, no environment", (_name, workflow, unreviewedJob) => {
    expect(secretsOtherThanGithubToken(unreviewedJob)).toEqual([]);
    expect(secretsOtherThanGithubToken({ env: (workflow as { env?: unknown }).env })).toEqual([]);
    expect(stringsIn([workflow.permissions, unreviewedJob.permissions]).join(" ")).not.toMatch(/id-token/);
    expect(unreviewedJob.environment).toBeUndefined();
  });

  test("the trigger is pull_request, never pull_request_target", () => {
    const review = workflows.find((workflow) => workflow.file === "plan-on-pull-request.yml");
    expect(Object.keys(review?.on ?? {})).toEqual(["pull_request"]);
  });
});

describe("every workflow and job declares least permissions", () => {
  test.each(workflows.map((workflow) => [workflow.file, workflow.permissions]))("%s: top level is {}", (_f, top) => {
    expect(top).toEqual({});
  });

  const expected: Record<string, Record<string, string>> = {
    "offboard-destroy.yml: destroy": { contents: "read", "id-token": "write" },
    "plan-on-pull-request.yml: review": { contents: "read" },
    "plan-on-pull-request.yml: comment": { "pull-requests": "write" },
    "preview-trusted.yml: preview": { contents: "read", "id-token": "write" },
    "release.yml: publish": { contents: "read", "id-token": "write" },
    "scheduled-sweep.yml: sweep": { contents: "read", "id-token": "write" },
    "scheduled-sweep.yml: report-issue": { issues: "write" },
    "scheduled-sweep.yml: expiry-notices": { issues: "write" },
    "up-on-merge.yml: up": { contents: "read", "id-token": "write" },
  };
  test("every job is listed here", () => {
    expect(jobs.map(([name]) => name).sort()).toEqual(Object.keys(expected).sort());
  });
  test.each(Object.entries(expected))("%s", (name, permissions) => {
    expect(job(name).permissions).toEqual(permissions);
  });
});

describe("AWS credentials come through OIDC only", () => {
  test("no long-term key inputs anywhere", () => {
    const keys = stringsIn(workflows).filter((text) =>
      /^aws-(access-key-id|secret-access-key|session-token)$/.test(text),
    );
    expect(keys).toEqual([]);
  });
  // The release's token is for npm's trusted publishing and provenance, not AWS.
  test.each(jobs)("%s: id-token: write exactly when it assumes an AWS role by OIDC", (name, _workflow, oidcJob) => {
    const aws = oidcJob.steps.filter((step) => step.uses?.startsWith("aws-actions/configure-aws-credentials@"));
    const wantsToken = typeof oidcJob.permissions === "object" && oidcJob.permissions["id-token"] === "write";
    expect(wantsToken).toBe(aws.length > 0 || name === "release.yml: publish");
    for (const step of aws)
      expect(step.with?.["role-to-assume"]).toMatch(/^\$\{\{ vars\.CONTRACTOR_ACCESS_AWS_\w+ \}\}$/);
  });
});

describe("actions are pinned to verified commit SHAs with a version comment", () => {
  const lines = workflows.flatMap((workflow) =>
    workflow.text
      .split("\n")
      .filter((line) => /^\s*(-\s+)?uses:/.test(line))
      .map((line) => [workflow.file, line.trim().replace(/^-\s+/, "")]),
  );
  test("every step's uses: is a line checked below", () => {
    const steps = jobs.flatMap(([, , pinnedJob]) => pinnedJob.steps.filter((step) => step.uses !== undefined));
    expect(lines).toHaveLength(steps.length);
  });
  test.each(lines)("%s: %s", (_file, line) => {
    const match = /^uses: ([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@([0-9a-f]{40}) # (v\d+(?:\.\d+){0,2})$/.exec(line);
    expect(match, "owner/repo[/path]@<40 hex> # vX.Y.Z").not.toBeNull();
    const [, action = "", sha, version] = match ?? [];
    expect(`${sha} # ${version}`).toBe(VERIFIED_PINS[action]);
  });
});

describe("jobs that use the stack's credentials run only from the default branch, in an environment, queued", () => {
  const expected: Record<string, { environment: string; group: string; queue?: string }> = {
    "offboard-destroy.yml: destroy": { environment: "contractor-access-production", group: STACK_GROUP, queue: "max" },
    "preview-trusted.yml: preview": {
      environment: "contractor-access-production",
      group: "contractor-access-preview-acme-contractor-access-dev",
    },
    "scheduled-sweep.yml: sweep": { environment: "contractor-access-sweep", group: STACK_GROUP, queue: "max" },
    "up-on-merge.yml: up": { environment: "contractor-access-production", group: STACK_GROUP, queue: "max" },
  };
  const usesStack = (candidate: Job) =>
    runScripts(candidate).some((run) => /\bpulumi\s+(up|destroy|preview|refresh)\b/.test(run)) ||
    secretsOtherThanGithubToken(candidate).length > 0;

  test("exactly these jobs run pulumi or read a secret", () => {
    expect(
      jobs
        .filter(([, , candidate]) => usesStack(candidate))
        .map(([name]) => name)
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });
  test.each(Object.entries(expected))("%s", (name, want) => {
    const [, workflow, stackJob] = jobs.find(([key]) => key === name) ?? [];
    const concurrency = stackJob?.concurrency ?? workflow?.concurrency;
    expect(stackJob && environmentOf(stackJob)).toBe(want.environment);
    expect(concurrency).toEqual({
      group: want.group,
      "cancel-in-progress": false,
      ...(want.queue ? { queue: want.queue } : {}),
    });
    expect(stackJob?.if).toContain(PROTECTED_BY_MAIN);
    expect(workflow && unreviewedTriggers(workflow)).toEqual([]);
  });
});

describe("revocation survives failures", () => {
  const runOf = (name: string, pattern: RegExp) => runScripts(job(name)).find((run) => pattern.test(run)) ?? "";
  test("the sweep runs pulumi up --continue-on-error, with retries", () => {
    const run = runOf("scheduled-sweep.yml: sweep", /pulumi up/);
    expect(run).toMatch(/pulumi up [^\n]*--continue-on-error/);
    expect(run).toMatch(/for attempt in 1 2 3/);
  });
  test("the destroy is retried", () => {
    expect(runOf("offboard-destroy.yml: destroy", /pulumi destroy/)).toMatch(/for attempt in 1 2 3/);
  });
});

describe("the release publishes only the default branch's code, with provenance and no stored token", () => {
  const release = job("release.yml: publish");
  const scripts = runScripts(release);

  test("it is the only job that runs on a tag push, and only for v* tags", () => {
    const tagged = jobs.filter(([, workflow]) => unreviewedTriggers(workflow).includes(TAG_PUSH));
    expect(tagged.map(([name]) => name)).toEqual(["release.yml: publish"]);
    expect(tagged[0]?.[1].on).toEqual({ push: { tags: ["v*"] } });
  });
  test("in its own environment, never cancelled, reading no secret", () => {
    expect(environmentOf(release)).toBe("npm-release");
    expect(workflows.find((workflow) => workflow.file === "release.yml")?.concurrency).toEqual({
      group: "contractor-access-release",
      "cancel-in-progress": false,
    });
    expect(secretsOtherThanGithubToken(release)).toEqual([]);
  });
  test("it checks the tag is on main and matches the version, tests, then publishes with provenance", () => {
    expect(scripts[0]).toContain('git merge-base --is-ancestor "$GITHUB_SHA" origin/main');
    expect(scripts[0]).toContain('test "$TAG" = "v$version"');
    expect(scripts[1]).toBe("pnpm install --frozen-lockfile && pnpm test");
    expect(scripts[2]).toBe("npx --yes npm@11 publish --provenance --access public");
  });
});

// What the earlier examples promised and these keep.
describe("the lifecycle's schedule, confirmation and record", () => {
  const byFile = (file: string) => workflows.find((workflow) => workflow.file === file);
  test("the sweep runs hourly, and daily with refresh, and reports to one issue", () => {
    expect(byFile("scheduled-sweep.yml")?.on.schedule).toEqual([{ cron: "7 * * * *" }, { cron: "37 5 * * *" }]);
    expect(byFile("scheduled-sweep.yml")?.text).toContain('const title = "Contractor access report";');
  });
  test("every report looks noticeDays ahead, as the review and the expiry notices do: no workflow fixes --within", () => {
    const reports = workflows.flatMap((workflow) =>
      allJobs([workflow]).flatMap(([, , found]) => runScripts(found).filter((script) => script.includes(" report "))),
    );
    expect(reports.length).toBeGreaterThan(0);
    for (const script of reports) expect(script).not.toContain("--within");
  });
  test("the destroy is confirmed by the stack name, keeps the stack's history and prints the report", () => {
    const scripts = runScripts(job("offboard-destroy.yml: destroy"));
    expect(scripts[0]).toContain('if [ "$CONFIRM" != "$STACK" ]; then');
    expect(scripts.join("\n")).not.toContain("pulumi stack rm");
    expect(byFile("offboard-destroy.yml")?.text).toMatch(/^\s+# +run: pulumi stack rm/m);
    expect(scripts.at(-1)).toContain("node packages/contractor-access/bin/contractor-access.cjs report");
  });
  test("the settings files and the examples themselves are the security owners'", () => {
    const lines = readFileSync(join(CI_DIR, "CODEOWNERS"), "utf8").split("\n");
    expect(lines).toEqual(expect.arrayContaining(["/Pulumi.*.yaml @acme/security", "/examples/ci/ @acme/security"]));
  });
});

// Issue 11, item 6: `pulumi up` (and every API call) only when something is due.
describe("the hourly sweep asks `due` first and runs pulumi only when it must", () => {
  const sweep = job("scheduled-sweep.yml: sweep");
  const dueStep = sweep.steps.find((step) => step.id === "due") as Step;
  const dueIndex = sweep.steps.indexOf(dueStep);

  test("due runs before any credential is fetched, reaching back 90 minutes", () => {
    const firstCredential = sweep.steps.findIndex((step) => step.uses?.startsWith("aws-actions/"));
    expect(dueIndex).toBeGreaterThan(0);
    expect(dueIndex).toBeLessThan(firstCredential);
    expect(dueStep.run).toContain(
      'node packages/contractor-access/bin/contractor-access.cjs due --config "$STACK_CONFIG"',
    );
    expect(dueStep.run).toContain("--since \"$(date -u -d '90 minutes ago' +%Y-%m-%dT%H:%M:%SZ)\"");
    expect(dueStep.env?.DAILY_CRON).toBe("37 5 * * *");
  });

  test("every step after it that touches a cloud is gated on its answer", () => {
    const after = sweep.steps.slice(dueIndex + 1);
    const cloud = after.filter(
      (step) =>
        step.uses?.startsWith("aws-actions/") ||
        step.uses?.startsWith("pulumi/") ||
        /\bpulumi up\b/.test(step.run ?? ""),
    );
    expect(cloud.map((step) => step.if)).toStrictEqual(Array(3).fill("steps.due.outputs.run == 'true'"));
    expect(runScripts(sweep).find((run) => /pulumi up/.test(run))).toContain('--stack "$STACK" $refresh');
  });

  // The step's script, run with a stand-in for node that exits as `due` would.
  test.each([
    ["schedule", "7 * * * *", 1, "run=false\ndaily=false\n"],
    ["schedule", "7 * * * *", 0, "run=true\ndaily=false\n"],
    ["schedule", "7 * * * *", 3, "run=true\ndaily=false\n"],
    ["schedule", "37 5 * * *", 1, "run=true\ndaily=true\n"],
    ["workflow_dispatch", "", 1, "run=true\ndaily=true\n"],
  ])("%s %j, due exits %i: %j", (event, schedule, dueStatus, outputs) => {
    const bin = mkdtempSync(join(tmpdir(), "sweep-due-"));
    try {
      writeFileSync(join(bin, "node"), `#!/bin/sh\nexit ${dueStatus}\n`, { mode: 0o755 });
      const output = join(bin, "output");
      writeFileSync(output, "");
      const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", dueStep.run ?? ""], {
        encoding: "utf8",
        env: {
          ...process.env,
          ...dueStep.env,
          PATH: `${bin}:${process.env.PATH}`,
          EVENT_NAME: event,
          EVENT_SCHEDULE: schedule,
          GITHUB_OUTPUT: output,
        },
      });
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(output, "utf8")).toBe(outputs);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});

describe("run: scripts take event values through env, never inline", () => {
  test.each(jobs)("%s", (_name, _workflow, scriptedJob) => {
    expect(runScripts(scriptedJob).filter((run) => run.includes("${{"))).toEqual([]);
  });
});

describe("CODEOWNERS", () => {
  const owners = new Map(
    readFileSync(join(CI_DIR, "CODEOWNERS"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("#"))
      .map((line): [string, string] => {
        const [pattern = "", ...teams] = line.trim().split(/\s+/);
        return [pattern, teams.join(" ")];
      }),
  );
  test.each([
    ["*", "@acme/platform"],
    ["/stacks/engagements/", "@acme/security"],
    ["/.github/", "@acme/security"],
  ])("%s is owned by %s", (pattern, team) => {
    expect(owners.get(pattern)).toBe(team);
  });
});

describe("the pull request review is computed by the base branch's tool", () => {
  const review = job("plan-on-pull-request.yml: review");
  const checkouts = review.steps.filter((step) => step.uses?.startsWith("actions/checkout@"));
  const planStep = review.steps.find((step) => step.id === "plan") as Step;

  test("two checkouts: the base's tool and the pull request's files, neither keeping the token", () => {
    expect(checkouts.map((step) => step.with)).toEqual([
      { ref: "${{ github.event.pull_request.base.sha }}", path: "tool", "persist-credentials": false },
      { ref: "${{ github.sha }}", path: "pr", "fetch-depth": 2, "persist-credentials": false },
    ]);
  });
  test("pnpm only ever runs in the base's checkout", () => {
    const pnpmSteps = review.steps.filter((step) => /\bpnpm\b/.test(step.run ?? ""));
    expect(pnpmSteps.map((step) => [step["working-directory"], step.run])).toEqual([
      ["tool", "pnpm install --frozen-lockfile && pnpm build"],
    ]);
  });
  test("the plan runs inside the pull request's checkout with the base's binary", () => {
    expect(planStep["working-directory"]).toBe("pr");
    expect(planStep.run).toMatch(
      /node "\$GITHUB_WORKSPACE\/tool\/packages\/contractor-access\/bin\/contractor-access\.cjs" plan/,
    );
  });
});

// Issue 11, item 1: the credential-free steps of the review, read from the
// YAML, work right after `pnpm install --frozen-lockfile && pnpm build` (run
// by `pnpm test` before vitest). No network: the install is not repeated.
describe("the review's credential-free run: steps work as copied", () => {
  const review = job("plan-on-pull-request.yml: review");
  const planStep = review.steps.find((step) => step.id === "plan") as Step;
  const cli = /node "\$GITHUB_WORKSPACE\/tool\/([^"]+)"/.exec(planStep.run ?? "")?.[1] ?? "";

  test("the CLI the review calls is the package's bin, and the build creates it", () => {
    const manifest = JSON.parse(readFileSync(join(REPO, "packages/contractor-access/package.json"), "utf8"));
    expect(cli).toBe(`packages/contractor-access/${manifest.bin["contractor-access"]}`);
    expect(existsSync(join(REPO, cli)), `${cli} is missing: run pnpm build first`).toBe(true);
    const help = spawnSync(process.execPath, [join(REPO, cli), "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: contractor-access <command>");
  });

  test("no step of the review job reads a secret", () => {
    expect(secretsOtherThanGithubToken(review)).toEqual([]);
  });

  // The job's layout: tool/ is this repository (installed and built), pr/ a
  // git repository whose HEAD's first parent is the base. The pull request
  // removes one engagement, which the review must show as a change.
  /** Runs the plan step as the YAML says in two checkouts; `change` edits the pull request's files before its commit. */
  function runPlanStep(change: (pr: string) => void) {
    const workspace = mkdtempSync(join(tmpdir(), "workflow-review-"));
    try {
      symlinkSync(REPO, join(workspace, "tool"));
      const pr = join(workspace, "pr");
      mkdirSync(join(pr, "stacks"), { recursive: true });
      cpSync(join(REPO, "stacks/engagements"), join(pr, "stacks/engagements"), { recursive: true });
      cpSync(join(REPO, "Pulumi.dev.yaml"), join(pr, "Pulumi.dev.yaml"));
      const git = (...args: string[]) => {
        const result = spawnSync("git", ["-c", "user.name=ci", "-c", "user.email=ci@example.invalid", ...args], {
          cwd: pr,
          encoding: "utf8",
        });
        expect(result.status, result.stderr).toBe(0);
      };
      git("init", "--quiet");
      git("add", ".");
      git("commit", "--quiet", "-m", "base");
      change(pr);
      git("add", "-A");
      git("commit", "--quiet", "-m", "pull request");
      const runner = join(workspace, "runner");
      mkdirSync(runner);
      const [output, summary] = [join(runner, "output"), join(runner, "summary")];
      writeFileSync(output, "");
      writeFileSync(summary, "");
      const stepEnv = Object.fromEntries(
        Object.entries(planStep.env ?? {}).map(([key, value]) => [
          key,
          value.replace("${{ github.base_ref }}", "main"),
        ]),
      );
      const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", planStep.run ?? ""], {
        cwd: join(workspace, planStep["working-directory"] ?? ""),
        encoding: "utf8",
        env: {
          ...process.env,
          ...stepEnv,
          GITHUB_ACTIONS: "true",
          GITHUB_WORKSPACE: workspace,
          RUNNER_TEMP: runner,
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: summary,
        },
      });
      return {
        status: result.status,
        stderr: result.stderr,
        output: readFileSync(output, "utf8"),
        summary: readFileSync(summary, "utf8"),
      };
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }

  test("the plan step, run as the YAML says in two checkouts, reviews the change against the base", () => {
    const run = runPlanStep((pr) => rmSync(join(pr, "stacks/engagements/finance-audit-2026-q4.yaml")));
    expect(run.status, run.stderr).toBe(0);
    expect(run.output).toMatch(/\nstatus=0\n/);
    expect(run.summary).toContain("## Changes against origin/main");
    expect(run.summary).toContain("- **removed** `finance-audit-2026-q4` (engagement)");
    expect(run.output).toContain("- **removed** `finance-audit-2026-q4` (engagement)");
  });

  // Problems go to stderr now: the step must still put them in the comment, and annotate the log.
  test("an invalid pull request: the problems reach the comment, indented, and the log as annotations", () => {
    const run = runPlanStep((pr) => writeFileSync(join(pr, "stacks/engagements/bad.yaml"), "id: Bad\n"));
    expect(run.status, run.stderr).toBe(0);
    expect(run.output).toMatch(/\nstatus=1\n/);
    expect(run.output).toContain(
      "## contractor-access plan found problems (exit 1)\n\n    stacks/engagements/bad.yaml: ",
    );
    expect(run.output).not.toContain("    ::error");
    expect(run.stderr).toMatch(/^::error file=stacks\/engagements\/bad\.yaml,line=1::/m);
  });
});
