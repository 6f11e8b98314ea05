import { describe, expect, test } from "vitest";
import { allJobs, loadWorkflows } from "./support/workflows";

// Runs the report-issue job's github-script against an in-memory GitHub: the
// daily report replaces the issue's body, and keeps the owners' ticks.

interface Issue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
}

const job = (() => {
  const found = allJobs(loadWorkflows()).find(([name]) => name === "scheduled-sweep.yml: report-issue");
  if (!found) throw new Error("no report-issue job");
  return found[2];
})();
const script = String(job.steps[0]?.with?.script);

async function post(issues: Issue[], report: string): Promise<void> {
  const rest = {
    issues: {
      listForRepo: "listForRepo",
      create: async ({ title, body }: { title: string; body: string }) => {
        issues.push({ number: issues.length + 1, title, body, state: "open" });
      },
      update: async ({ issue_number, body }: { issue_number: number; body: string }) => {
        const issue = issues.find((candidate) => candidate.number === issue_number);
        if (issue) issue.body = body;
      },
    },
  };
  const github = { rest, paginate: async () => issues.filter((issue) => issue.state === "open") };
  const context = { repo: { owner: "acme", repo: "platform" }, serverUrl: "https://github.com", runId: 7 };
  const run = new Function("github", "context", "process", `return (async () => {\n${script}\n})();`);
  await run(github, context, { env: { REPORT: report, UP_OUTCOME: "success" } });
}

const HEADER =
  "_Updated by [the daily sweep](https://github.com/acme/platform/actions/runs/7); pulumi up --refresh: success._";

describe("the report issue is rewritten daily, keeping the boxes owners ticked", () => {
  test("the first run opens it; the next keeps ticks on items still listed and drops the rest", async () => {
    const issues: Issue[] = [];
    await post(issues, "**Revoked:**\n\n- [ ] IAM user a deleted\n- [ ] team a removed");
    expect(issues.map((issue) => issue.body)).toStrictEqual([
      `${HEADER}\n\n**Revoked:**\n\n- [ ] IAM user a deleted\n- [ ] team a removed`,
    ]);
    // An owner ticks one item in GitHub's editor, which saves CRLF line ends.
    const [issue] = issues;
    if (!issue) throw new Error("no issue");
    issue.body = issue.body.replace("- [ ] IAM user a deleted", "- [x] IAM user a deleted").replaceAll("\n", "\r\n");
    await post(issues, "**Revoked:**\n\n- [ ] IAM user a deleted\n- [ ] team a removed\n- [ ] IAM user b deleted");
    expect(issue.body).toBe(
      `${HEADER}\n\n**Revoked:**\n\n- [x] IAM user a deleted\n- [ ] team a removed\n- [ ] IAM user b deleted`,
    );
    await post(issues, "Nothing ended.");
    expect(issue.body).toBe(`${HEADER}\n\nNothing ended.`);
    expect(issues).toHaveLength(1);
  });
});
