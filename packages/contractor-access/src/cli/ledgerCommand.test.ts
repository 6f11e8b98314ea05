import { execFileSync } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { afterEach, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import type { EngagementInput } from "../engagement/engagementTypes";
import { type LedgerRepository, ledgerRepository } from "../ledger/ledgerRepository.testing";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../testing/fixtures";
import { runMain } from "./runMain.testing";

const repositories: LedgerRepository[] = [];
const namespaced = (settings: object) =>
  Object.fromEntries(Object.entries(settings).map(([key, value]) => [`contractorAccess:${key}`, value]));
afterEach(async () => {
  await Promise.all(repositories.splice(0).map((repo) => rm(repo.root, { recursive: true, force: true })));
});

async function repository(): Promise<LedgerRepository> {
  const repo = await ledgerRepository();
  repositories.push(repo);
  return repo;
}

const narrowed: EngagementInput = {
  ...ENGAGEMENT_INPUT,
  lanes: { code: ENGAGEMENT_INPUT.lanes.code, production: ENGAGEMENT_INPUT.lanes.production },
};
const extended: EngagementInput = { ...narrowed, window: { start: "2026-11-24", end: "2026-12-05" } };

/** Adds, narrows, extends, renames and deletes one engagement: five commits, four changes of access. */
async function historyOfOneEngagement(repo: LedgerRepository) {
  await repo.write("checkout.yaml", ENGAGEMENT_INPUT);
  const requested = repo.commit("Request checkout access", "2026-11-20T09:00:00+01:00");
  await repo.write("checkout.yaml", narrowed);
  const narrowedAt = repo.commit("Drop the data lane", "2026-11-21T10:00:00+01:00", "Sam Lee <sam@acme.example>");
  await repo.write("checkout.yaml", extended);
  const extendedAt = repo.commit("Extend to 5 December", "2026-11-27T10:00:00+01:00");
  await repo.rename("checkout.yaml", "checkout-fix.yaml");
  repo.commit("Rename the file", "2026-11-28T10:00:00+01:00");
  await repo.remove("checkout-fix.yaml");
  const revoked = repo.commit("Offboard early", "2026-11-30T12:00:00Z");
  return { requested, narrowedAt, extendedAt, revoked };
}

const ledger = (repo: LedgerRepository, ...flags: string[]) =>
  runMain([
    "ledger",
    "--engagements",
    repo.engagements,
    "--config",
    repo.config,
    "--at",
    "2026-12-10T00:00:00Z",
    ...flags,
  ]);

describe("contractor-access ledger: one event per engagement change per commit", () => {
  test("JSON: requested, narrowed, extended, revoked, each naming its commit; the rename is no event", async () => {
    const repo = await repository();
    const commits = await historyOfOneEngagement(repo);
    const run = await ledger(repo, "--format", "json");
    expect(run.stderr).toBe("4 events.\n");
    expect(run.code).toBe(0);
    const { events } = JSON.parse(run.stdout) as { events: Record<string, unknown>[] };
    expect(events.map((event) => [event.kind, event.commit, event.author, event.file])).toStrictEqual([
      ["requested", commits.requested, "Priya Raman", "engagements/checkout.yaml"],
      ["narrowed", commits.narrowedAt, "Sam Lee", "engagements/checkout.yaml"],
      ["extended", commits.extendedAt, "Priya Raman", "engagements/checkout.yaml"],
      ["revoked", commits.revoked, "Priya Raman", "engagements/checkout-fix.yaml"],
    ]);
    expect(events[0]).toMatchObject({
      date: "2026-11-20T09:00:00+01:00",
      engagement: "checkout-fix-2026-11",
      approvals: {
        owner: "priya@acme.example",
        production: { approvedBy: "cto@acme.example", approval: "SHOP-1430" },
      },
      accessEnds: { at: "2026-11-28T23:59:59Z", reason: "window", ended: true },
    });
    // Extended past the first-week review, which no commit records: the Deny ends access at the review's
    // deadline (due 2026-12-01, plus 3 days of grace), before the window's new end.
    expect(events[2]?.accessEnds).toStrictEqual({
      at: "2026-12-04T23:59:59Z",
      reason: "missed-review",
      ended: true,
    });
    // Removed before the window's end: access ends at the commit that removed the file.
    expect(events[3]?.accessEnds).toStrictEqual({ at: "2026-11-30T12:00:00Z", reason: "removed", ended: true });
    expect(events[1]?.changes).toStrictEqual([
      { kind: "removed", lane: "data", message: "masked dataset masked-orders removed" },
    ]);
  });

  test("CSV: a header row, then one row per event, quoted where a field holds a comma", async () => {
    const repo = await repository();
    const commits = await historyOfOneEngagement(repo);
    const run = await ledger(repo, "--format", "csv");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\r\n");
    expect(lines[0]).toBe(
      "date,commit,author,engagement,kind,changes,owner,production_approved_by,production_approval,data_approved_by,access_ends,access_end_reason,access_ended,file",
    );
    expect(lines[2]).toBe(
      `2026-11-21T10:00:00+01:00,${commits.narrowedAt},Sam Lee,checkout-fix-2026-11,narrowed,masked dataset masked-orders removed,priya@acme.example,cto@acme.example,SHOP-1430,,2026-11-28T23:59:59Z,window,true,engagements/checkout.yaml`,
    );
    // The request's words hold a comma ("aws: console, access keys"), so the field is quoted.
    expect(lines[1]).toBe(
      `2026-11-20T09:00:00+01:00,${commits.requested},Priya Raman,checkout-fix-2026-11,requested,"new engagement for Dana Kim <dana@freelance.example>: code: storefront (push) for GitHub user dana-codes; data: masked-orders (masked), read-only; production: read from 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z, approved by cto@acme.example (SHOP-1430); aws: console, access keys rotated every 30 days; shared secrets: stripe-test-key; window 2026-11-24 to 2026-11-28",priya@acme.example,cto@acme.example,SHOP-1430,,2026-11-28T23:59:59Z,window,true,engagements/checkout.yaml`,
    );
    expect(lines[4]).toBe(
      `2026-11-30T12:00:00+00:00,${commits.revoked},Priya Raman,checkout-fix-2026-11,revoked,engagement removed from the repository: every grant to Dana Kim <dana@freelance.example> is revoked at the next pulumi up; an ended engagement should stay in the repository as the record of who had which access until when,priya@acme.example,cto@acme.example,SHOP-1430,,2026-11-30T12:00:00Z,removed,true,engagements/checkout-fix.yaml`,
    );
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe("");
  });

  test("--since keeps later events but replays the history before it, so an extension is not a request", async () => {
    const repo = await repository();
    const commits = await historyOfOneEngagement(repo);
    const run = await ledger(repo, "--format", "json", "--since", "2026-11-27");
    const { events } = JSON.parse(run.stdout) as { events: { kind: string; commit: string }[] };
    expect(events.map((event) => [event.kind, event.commit])).toStrictEqual([
      ["extended", commits.extendedAt],
      ["revoked", commits.revoked],
    ]);
    expect(run.stderr).toBe("2 events since 2026-11-27T00:00:00.000Z.\n");
  });

  test("a version that does not validate is an invalid event and changes nothing; the fix is diffed against the last valid one", async () => {
    const repo = await repository();
    await repo.write("checkout.yaml", ENGAGEMENT_INPUT);
    repo.commit("Request", "2026-11-20T09:00:00Z");
    await repo.write("checkout.yaml", {
      ...ENGAGEMENT_INPUT,
      owner: { name: "Dana Kim", email: "dana@freelance.example" },
    });
    const invalid = repo.commit("Owner is the contractor", "2026-11-21T09:00:00Z");
    await repo.write("checkout.yaml", extended);
    repo.commit("Narrow and extend", "2026-11-22T09:00:00Z");
    const { events } = JSON.parse((await ledger(repo, "--format", "json")).stdout) as {
      events: { kind: string; commit: string; changes: { message: string }[]; approvals: unknown }[];
    };
    expect(events.map((event) => event.kind)).toStrictEqual(["requested", "invalid", "extended"]);
    expect(events[1]?.commit).toBe(invalid);
    expect(events[1]?.approvals).toBeUndefined();
    expect(events[1]?.changes.map((change) => change.message)).toStrictEqual([
      "engagements/checkout.yaml: owner.email: dana@freelance.example is not in an internal domain (acme.example); the owner must be an employee accountable for scope, approval and offboarding",
      "engagements/checkout.yaml: owner.email: owner.email and contractor.email are both dana@freelance.example; the owner must be another person, an employee who answers for the scope and the offboarding",
    ]);
    expect(events[2]?.changes.map((change) => change.message)).toStrictEqual([
      "window extended: ends 2026-12-05 instead of 2026-11-28 (+7 days)",
      "access ends 2026-12-04 23:59 (first-week review due 2026-12-01 not recorded) instead of 2026-11-28 23:59 (window ended)",
      "masked dataset masked-orders removed",
    ]);
  });

  test("moving an engagement to another file in one commit is no event; deleting the old file later is none either", async () => {
    const repo = await repository();
    await repo.write("a.yaml", ENGAGEMENT_INPUT);
    repo.commit("Request", "2026-11-20T09:00:00Z");
    // A rename with a changed body, too different for git to call it a rename.
    await repo.remove("a.yaml");
    await repo.write("b.json", ENGAGEMENT_INPUT);
    repo.commit("Move to JSON", "2026-11-21T09:00:00Z");
    const run = await ledger(repo, "--format", "json");
    const { events } = JSON.parse(run.stdout) as { events: { kind: string }[] };
    expect(events.map((event) => event.kind)).toStrictEqual(["requested"]);
  });
});

describe("contractor-access ledger: the stack's settings are part of the history", () => {
  test("a catalog change that moves a dataset's prefix is an event of every engagement that reads it, at that commit", async () => {
    const repo = await repository();
    await repo.write("checkout.yaml", ENGAGEMENT_INPUT);
    repo.commit("Request", "2026-11-20T09:00:00Z");
    const moved = {
      ...SETTINGS_INPUT,
      datasets: {
        ...SETTINGS_INPUT.datasets,
        "masked-orders": { classification: "masked", bucket: "acme-analytics", prefix: "masked/" },
      },
    };
    await writeFile(repo.config, stringify({ config: { "aws:region": "eu-west-1", ...namespaced(moved) } }));
    const widened = repo.commit("Widen the masked-orders prefix", "2026-11-21T09:00:00Z");
    const { events } = JSON.parse((await ledger(repo, "--format", "json")).stdout) as {
      events: { kind: string; commit: string; changes: { message: string }[] }[];
    };
    expect(events.map((event) => [event.kind, event.commit])).toStrictEqual([
      ["requested", events[0]?.commit],
      ["changed", widened],
    ]);
    expect(events[1]?.changes.map((change) => change.message)).toStrictEqual([
      "dataset masked-orders reads s3://acme-analytics/masked/ instead of s3://acme-analytics/masked/orders/",
    ]);
  });
});

describe("contractor-access ledger: history it cannot read", () => {
  test("outside a git repository it says so and exits 1", async () => {
    const repo = await repository();
    await rm(`${repo.root}/.git`, { recursive: true, force: true });
    const run = await ledger(repo);
    expect(run).toStrictEqual({
      code: 1,
      stdout: "",
      stderr: `contractor-access ledger: ${repo.root} is not inside a git repository; the ledger reads the history of the engagements folder from git\n`,
    });
  });

  test("a shallow clone missing the history asked for says so and exits 1; with --since after its start it works", async () => {
    const origin = await repository();
    await historyOfOneEngagement(origin);
    // A CI checkout of depth 2: the last two commits only.
    const clone = await repository();
    await rm(clone.root, { recursive: true, force: true });
    execFileSync("git", ["clone", "-q", "--depth", "2", `file://${origin.root}`, clone.root]);
    const head = clone.git("rev-parse", "HEAD~1");
    const run = await ledger(clone, "--format", "json");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `contractor-access ledger: this is a shallow clone: its history starts at ${head.slice(0, 12)} (2026-11-28T09:00:00.000Z), so the ledger from the first commit would be incomplete; fetch the history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0) or pass --since after that date\n`,
    );
    const since = await ledger(clone, "--format", "json", "--since", "2026-11-29");
    expect(since.code).toBe(0);
    expect(
      (JSON.parse(since.stdout) as { events: { kind: string }[] }).events.map((event) => event.kind),
    ).toStrictEqual(["revoked"]);
  });

  test("--format must be json, csv or markdown", async () => {
    const repo = await repository();
    const run = await ledger(repo, "--format", "xml");
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('--format "xml" is not a ledger format; use json, csv or markdown');
  });
});
