import { rm } from "node:fs/promises";
import { afterEach, describe, expect, test } from "vitest";
import { runMain } from "../../packages/contractor-access/src/cli/runMain.testing";
import type { EngagementInput } from "../../packages/contractor-access/src/engagement/engagementTypes";
import {
  type LedgerRepository,
  ledgerRepository,
} from "../../packages/contractor-access/src/ledger/ledgerRepository.testing";
import { ENGAGEMENT_INPUT } from "../../packages/contractor-access/src/testing/fixtures";

// Threat T16: a record taken back gives access back unseen. A repository writer opens a pull request that deletes
// the `revoked:` block an owner wrote (or moves its instant later, or deletes a review that decided `end`). The file
// still validates, and the next pulumi up provisions the engagement again. Control: the access diff, which the
// review comment and the ledger are made of, names every record taken back, as `extended` when access runs on.
const repositories: LedgerRepository[] = [];
afterEach(async () => {
  await Promise.all(repositories.splice(0).map((repo) => rm(repo.root, { recursive: true, force: true })));
});

const revoked: EngagementInput = {
  ...ENGAGEMENT_INPUT,
  revoked: { at: "2026-11-26T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" },
};

// plan --base runs git in the working directory.
async function inRepository<T>(repo: LedgerRepository, run: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(repo.root);
  try {
    return await run();
  } finally {
    process.chdir(previous);
  }
}

describe("T16: taking a revocation back shows in the review and in the ledger", () => {
  test("the pull request's plan --base and the ledger both say access is extended again, and until when", async () => {
    const repo = await ledgerRepository();
    repositories.push(repo);
    await repo.write("checkout.yaml", ENGAGEMENT_INPUT);
    repo.commit("Request checkout access", "2026-11-20T09:00:00+01:00");
    await repo.write("checkout.yaml", revoked);
    repo.commit("Revoke: laptop stolen", "2026-11-26T10:35:00Z");
    await repo.write("checkout.yaml", ENGAGEMENT_INPUT);
    repo.commit("Tidy the file", "2026-11-26T18:00:00Z", "Dana Kim <dana@freelance.example>");

    const taken =
      "revocation removed from the record (it was at 2026-11-26T10:30:00Z by priya@acme.example: Laptop stolen)";
    const plan = await inRepository(repo, () =>
      runMain(
        [
          "plan",
          "--base",
          "HEAD~1",
          "--engagements",
          "engagements",
          "--config",
          "Pulumi.test.yaml",
          "--format",
          "json",
        ],
        { CONTRACTOR_ACCESS_AT: "2026-11-26T18:00:00Z" },
      ),
    );
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { accessChanges: unknown[] }).accessChanges).toStrictEqual([
      {
        engagement: "checkout-fix-2026-11",
        kind: "extended",
        lane: "engagement",
        message: `${taken}; access ends 2026-11-28 23:59 (window ended) instead of 2026-11-26 10:30 (revoked: Laptop stolen)`,
      },
    ]);

    const ledger = await runMain([
      "ledger",
      "--engagements",
      repo.engagements,
      "--config",
      repo.config,
      "--at",
      "2026-11-27T00:00:00Z",
      "--format",
      "json",
    ]);
    const { events } = JSON.parse(ledger.stdout) as { events: { kind: string; author: string; changes: unknown[] }[] };
    expect(events.map(({ kind, author }) => [kind, author])).toStrictEqual([
      ["requested", "Priya Raman"],
      ["revoked", "Priya Raman"],
      ["extended", "Dana Kim"],
    ]);
    expect(events[2]?.changes).toStrictEqual([
      {
        kind: "extended",
        lane: "engagement",
        message: `${taken}; access ends 2026-11-28 23:59 (window ended) instead of 2026-11-26 10:30 (revoked: Laptop stolen)`,
      },
    ]);
  });
});
