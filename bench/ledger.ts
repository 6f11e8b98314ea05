// `pnpm bench:ledger`: the access ledger over a generated history of 1000
// commits, run with the built CLI as a user runs it, timed from outside.
// The history comes from one `git fast-import`, so generating it is cheap;
// each commit changes one engagement (a request, a window change, a removal).
// Not a test: nothing here fails on a slow machine; the figure goes to BENCHMARKS.md by hand.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";

const ROOT = join(__dirname, "..");
const { values } = parseArgs({ options: { commits: { type: "string", default: "1000" } } });
const COMMITS = Number(values.commits);

const config = stringify({
  config: {
    "aws:region": "eu-west-1",
    "contractorAccess:githubOrg": "acme",
    "contractorAccess:internalDomains": ["acme.example"],
  },
});

function engagement(id: number, endDay: number): string {
  return stringify({
    id: `bench-${id}`,
    task: `Fix defect ${id} in the storefront`,
    ticket: `SHOP-${id}`,
    owner: { name: "Priya Raman", email: "priya@acme.example" },
    contractor: { name: `Contractor ${id}`, email: `c${id}@freelance.example`, github: `contractor-${id}` },
    window: { start: "2026-01-01", end: `2026-02-${String(endDay).padStart(2, "0")}` },
    lanes: { code: { repositories: [{ name: "storefront", permission: "pull" }] } },
  });
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

// Commit n: every fifth starts a new engagement; the others move an existing one's end, and every 50th removes one.
function history(): string {
  const parts: string[] = [];
  const live: number[] = [];
  let next = 0;
  for (let n = 0; n < COMMITS; n++) {
    const when = 1767225600 + n * 3600;
    parts.push(`commit refs/heads/main\ncommitter Bench <bench@acme.example> ${when} +0000\n${data(`change ${n}`)}`);
    if (n === 0) parts.push(`M 100644 inline Pulumi.bench.yaml\n${data(config)}`);
    if (n % 5 === 0 || live.length === 0) {
      live.push(next);
      parts.push(`M 100644 inline engagements/e${next}.yaml\n${data(engagement(next, 10))}`);
      next++;
    } else if (n % 50 === 1) {
      const gone = live.shift();
      parts.push(`D engagements/e${gone}.yaml\n`);
    } else {
      const id = live[n % live.length] ?? 0;
      parts.push(`M 100644 inline engagements/e${id}.yaml\n${data(engagement(id, 10 + (n % 18)))}`);
    }
  }
  return parts.join("");
}

const repo = mkdtempSync(join(tmpdir(), "contractor-access-ledger-bench-"));
try {
  execFileSync("git", ["init", "-q", "-b", "main", repo]);
  execFileSync("git", ["fast-import", "--quiet"], { cwd: repo, input: history() });
  execFileSync("git", ["checkout", "-q", "main"], { cwd: repo });
  const bin = join(ROOT, "packages/contractor-access/dist/cli/bin.js");
  const args = [bin, "ledger", "--engagements", "engagements", "--config", "Pulumi.bench.yaml", "--format", "json"];
  const runs: number[] = [];
  let events = 0;
  for (let run = 0; run < 3; run++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: repo, encoding: "utf8", maxBuffer: 1 << 30 });
    runs.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`ledger failed:\n${result.stderr}`);
    events = (JSON.parse(result.stdout) as { events: unknown[] }).events.length;
  }
  const median = [...runs].sort((a, b) => a - b)[1] ?? 0;
  const line = `ledger over ${COMMITS} commits: ${events} events, median of 3 runs ${(median / 1000).toFixed(2)} s (runs: ${runs.map((ms) => (ms / 1000).toFixed(2)).join(", ")} s) on ${cpus().length} cores, Node ${process.versions.node}`;
  console.log(line);
} finally {
  rmSync(repo, { recursive: true, force: true });
}
