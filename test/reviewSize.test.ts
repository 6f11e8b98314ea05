import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse, stringify } from "yaml";
import { generateStack } from "../bench/generateStack";
import { accessChanges } from "../packages/contractor-access/src/changes/accessChanges";
import { loadStackInput } from "../packages/contractor-access/src/loading/loadStackInput";
import { buildReport } from "../packages/contractor-access/src/report/buildReport";
import { renderAccessReview } from "../packages/contractor-access/src/report/renderAccessReview";
import { renderReportMarkdown } from "../packages/contractor-access/src/report/renderReportMarkdown";
import type { ValidatedStack } from "../packages/contractor-access/src/validation/validatedStack";

// Ended engagement files stay in the repository as the record, so a stack
// grows without bound; a GitHub comment or issue body holds 65,536
// characters. A stack of 400 engagements, 300 of them ended in October, with
// a change that touches 40 of them (ended and active), added and removed.
const GITHUB_LIMIT = 65_536;
const AT = new Date("2026-12-10T12:00:00Z");
const folders: string[] = [];
let base: ValidatedStack;
let head: ValidatedStack;
const changed: string[] = [];

async function load(folder: string): Promise<ValidatedStack> {
  const input = await loadStackInput(
    {
      engagements: join(folder, "engagements"),
      config: join(folder, "Pulumi.bench.yaml"),
    },
    new Date(),
  );
  if (!input.ok) throw new Error(JSON.stringify(input.errors.slice(0, 3)));
  return input;
}

beforeAll(async () => {
  const [baseDir, headDir] = [0, 1].map(() => mkdtempSync(join(tmpdir(), "review-size-")));
  folders.push(baseDir ?? "", headDir ?? "");
  generateStack(baseDir ?? "", 400, { ended: 300 });
  const { engagements } = generateStack(headDir ?? "", 400, { ended: 300 });
  const file = (index: number) => join(engagements, `bench-${String(index).padStart(5, "0")}.yaml`);
  for (let index = 280; index < 320; index += 1) {
    const engagement = parse(readFileSync(file(index), "utf8"));
    engagement.ticket = `${engagement.ticket}-renewed`;
    engagement.window.end = index < 300 ? "2026-10-25" : "2026-12-24";
    writeFileSync(file(index), stringify(engagement));
    changed.push(engagement.id);
  }
  for (const index of [395, 396, 397]) {
    unlinkSync(file(index));
    changed.push(`bench-00${index}`);
  }
  base = await load(baseDir ?? "");
  head = await load(headDir ?? "");
});

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("a stack of 400 engagements, 300 ended: review and report fit a GitHub comment", () => {
  const review = (maxLength?: number) => {
    const changes = accessChanges(
      base.engagements.map(({ plan }) => plan),
      head.engagements.map(({ plan }) => plan),
    );
    const preview = { changeSummary: { create: 0 }, steps: [] };
    return renderAccessReview({
      input: head,
      preview,
      at: AT,
      base: { ref: "origin/main", changes },
      ...(maxLength ? { maxLength } : {}),
    });
  };

  test("the review fits, names every changed engagement, and folds the ended ones one line each, most recent first", () => {
    const text = review();
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text.length).toBeLessThan(GITHUB_LIMIT);
    const changesSection = text.slice(text.indexOf("## Changes against origin/main"), text.indexOf("## Warnings"));
    expect(changed.filter((id) => !changesSection.includes(`\`${id}\``))).toStrictEqual([]);
    expect(text).toContain("<details><summary>300 ended engagements</summary>");
    expect(text).toContain("- `bench-00280`: 2026-10-01 to 2026-10-25, owner priya@acme.example, BENCH-280-renewed");
  });

  test("when it still does not fit, a note says what was left out and where the full review is", () => {
    const text = review();
    expect(text).toMatch(
      /\n> Left out to fit 60,000 characters: (\d+ warnings?, )?\d+ engagements?(, \d+ ended engagements?)?\. The full review is in the file `contractor-access plan --output FILE` writes\.\n$/,
    );
  });

  test("with no limit (plan --output), every engagement is there in full", () => {
    const text = review(Number.POSITIVE_INFINITY);
    expect(text.length).toBeGreaterThan(GITHUB_LIMIT);
    expect(text).not.toContain("Left out");
    expect(text.match(/^### `bench-\d+`/gm)).toHaveLength(397);
  });

  test("the report fits, keeps every ending and review due, and says what it left out", () => {
    const report = buildReport({ settings: head.settings, engagements: head.engagements, now: AT, withinDays: 7 });
    const text = renderReportMarkdown(report);
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).toContain("97 active, 0 upcoming, 0 suspended, 0 revoked, 300 ended.");
    expect(text).toContain("<details><summary>300 earlier ended engagements</summary>");
    expect(text).toMatch(
      /\n> Left out to fit 60,000 characters: .*`--since` leaves out engagements that ended before a date\.\n$/,
    );
    expect(renderReportMarkdown(report, { maxLength: Number.POSITIVE_INFINITY }).length).toBeGreaterThan(GITHUB_LIMIT);
  });
});
