import { describe, expect, test } from "vitest";
import { allJobs, loadWorkflows, secretsOtherThanGithubToken } from "./support/workflows";

// Runs the expiry-notices job's github-script against an in-memory GitHub,
// with the JSON `contractor-access notices` prints: the reconciliation is
// tested as it is written in the workflow, not as a copy.

const MARKER = (id: string) => `<!-- contractor-access:expiry-notice id=${id} -->`;
const START = "<!-- contractor-access:notice:start -->";
const END = "<!-- contractor-access:notice:end -->";
const notice = (id: string, text: string) => ({
  id,
  title: `Access for ${id} ends soon`,
  marker: MARKER(id),
  body: `${MARKER(id)}\n${START}\n${text}\n${END}`,
});
const NOTICES = (...notices: ReturnType<typeof notice>[]) => ({
  noticeDays: 5,
  markerPrefix: "<!-- contractor-access:expiry-notice id=",
  section: { start: START, end: END },
  notices,
});

interface Issue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  comments: string[];
  pull_request?: unknown;
}

const step = (() => {
  const found = allJobs(loadWorkflows()).find(([name]) => name === "scheduled-sweep.yml: expiry-notices");
  if (!found) throw new Error("no expiry-notices job");
  return found[2];
})();
const script = String(step.steps[0]?.with?.script);

/** Runs the job's script once against `issues`, as actions/github-script would; returns the API calls that wrote. */
async function reconcile(issues: Issue[], notices: unknown): Promise<string[]> {
  const writes: string[] = [];
  const rest = {
    issues: {
      listForRepo: "listForRepo",
      create: async ({ title, body }: { title: string; body: string }) => {
        writes.push(`create ${title}`);
        issues.push({ number: issues.length + 1, title, body, state: "open", comments: [] });
      },
      update: async ({ issue_number, ...fields }: { issue_number: number } & Partial<Issue>) => {
        writes.push(`update #${issue_number}${fields.state ? ` ${fields.state}` : ""}`);
        Object.assign(issues.find((issue) => issue.number === issue_number) ?? {}, fields);
      },
      createComment: async ({ issue_number, body }: { issue_number: number; body: string }) => {
        writes.push(`comment #${issue_number}`);
        issues.find((issue) => issue.number === issue_number)?.comments.push(body);
      },
    },
  };
  const github = {
    rest,
    paginate: async () => issues.filter((issue) => issue.state === "open").map((issue) => ({ ...issue })),
  };
  const context = { repo: { owner: "acme", repo: "platform" } };
  const run = new Function("github", "context", "process", `return (async () => {\n${script}\n})();`);
  await run(github, context, { env: { NOTICES: JSON.stringify(notices) } });
  return writes;
}

describe("the expiry-notices job keeps one issue per engagement, by its marker", () => {
  test("it holds no secret and writes only issues", () => {
    expect(step.permissions).toEqual({ issues: "write" });
    expect(secretsOtherThanGithubToken(step)).toEqual([]);
  });

  test("opens a notice once: a second run with the same list writes nothing", async () => {
    const issues: Issue[] = [];
    expect(await reconcile(issues, NOTICES(notice("checkout", "ends in 4 days")))).toEqual([
      "create Access for checkout ends soon",
    ]);
    expect(await reconcile(issues, NOTICES(notice("checkout", "ends in 4 days")))).toEqual([]);
    expect(issues.map(({ body }) => body)).toEqual([notice("checkout", "ends in 4 days").body]);
  });

  test("rewrites only its own section: what the owner wrote around it stays", async () => {
    const issues: Issue[] = [];
    await reconcile(issues, NOTICES(notice("checkout", "ends in 4 days")));
    const first = issues[0] as Issue;
    first.body = `${first.body}\n\nRenewal PR: #42 (Priya)`;
    expect(await reconcile(issues, NOTICES(notice("checkout", "ends in 3 days")))).toEqual(["update #1"]);
    expect(first.body).toBe(`${MARKER("checkout")}\n${START}\nends in 3 days\n${END}\n\nRenewal PR: #42 (Priya)`);
  });

  test("closes, with a comment, a notice no longer wanted (ended, revoked, extended); leaves other issues alone", async () => {
    const issues: Issue[] = [{ number: 1, title: "Unrelated", body: "Something else", state: "open", comments: [] }];
    await reconcile(issues, NOTICES(notice("checkout", "ends in 4 days")));
    expect(await reconcile(issues, NOTICES())).toEqual(["comment #2", "update #2 closed"]);
    expect(issues.map(({ number, state }) => [number, state])).toEqual([
      [1, "open"],
      [2, "closed"],
    ]);
    expect(issues[1]?.comments).toEqual([
      "No longer ending within the notice period: access ended, was revoked, or was extended. Closed by the access sweep.",
    ]);
  });
});
