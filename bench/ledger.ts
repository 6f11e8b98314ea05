// `pnpm bench:ledger`: the access ledger over a generated history of 1000
// commits, run with the built CLI as a user runs it, timed from outside.
// The history comes from one `git fast-import`, so generating it is cheap;
// each commit changes one engagement (a request, a window change, a removal).
// Not a test: nothing here fails on a slow machine. `pnpm bench` writes the
// figure into BENCHMARKS.md through measureLedger().
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

const ROOT = join(__dirname, "..");
const COMMITS = 1000;

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

/** One measurement of the ledger: events found, and the three run times in milliseconds. */
export interface LedgerMeasurement {
  readonly commits: number;
  readonly events: number;
  readonly runsMs: readonly number[];
  readonly medianMs: number;
}

/** Builds the history, runs the built CLI's ledger on it three times, and returns the figures. */
export function measureLedger(): LedgerMeasurement {
  const repo = mkdtempSync(join(tmpdir(), "contractor-access-ledger-bench-"));
  try {
    execFileSync("git", ["init", "-q", "-b", "main", repo]);
    execFileSync("git", ["fast-import", "--quiet"], { cwd: repo, input: history() });
    execFileSync("git", ["checkout", "-q", "main"], { cwd: repo });
    const bin = join(ROOT, "packages/contractor-access/dist/cli/bin.js");
    const args = [bin, "ledger", "--engagements", "engagements", "--config", "Pulumi.bench.yaml", "--format", "json"];
    const runsMs: number[] = [];
    let events = 0;
    for (let run = 0; run < 3; run++) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd: repo, encoding: "utf8", maxBuffer: 1 << 30 });
      runsMs.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (result.status !== 0) throw new Error(`ledger failed:\n${result.stderr}`);
      events = (JSON.parse(result.stdout) as { events: unknown[] }).events.length;
    }
    const medianMs = [...runsMs].sort((a, b) => a - b)[1] ?? 0;
    return { commits: COMMITS, events, runsMs, medianMs };
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/** The BENCHMARKS.md section of a ledger measurement. */
export function ledgerSection(measured: LedgerMeasurement): string[] {
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  return [
    "## Access ledger",
    "",
    `\`pnpm bench\` builds a history of ${measured.commits} commits with one \`git fast-import\` (every fifth commit requests an`,
    "engagement, every fiftieth removes one, the others move an end date) and runs the built CLI's",
    "`ledger --format json` on it three times, start-up included; the target is 10 s.",
    "",
    `${measured.events} events, median ${seconds(measured.medianMs)} s (runs: ${measured.runsMs.map(seconds).join(", ")} s).`,
    "",
  ];
}

if (require.main === module) {
  const measured = measureLedger();
  console.log(ledgerSection(measured).join("\n"));
}
