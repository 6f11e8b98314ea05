import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readEngagementFiles } from "../../packages/contractor-access/src/loading/readEngagementFiles";

// Threat T7: the review differs from `pulumi up`. A repository writer (the contractor's own PR, or anyone who can
// open one) writes a TypeScript engagement that imports a local file or reads process.env, so the PR's review shows
// one grant and CI, with other files or another environment, applies another. Control: a code engagement is parsed
// (never run) and refused unless it is plain data importing only contractor-access; the loader maps that import to
// the Pulumi-free defineEngagement, so loading runs nothing else.
const ROOT = join(__dirname, "../..");
const TAIL = "an engagement file is data: inline the value, or write the engagement in YAML";

function folderWith(files: Record<string, string>): string {
  const folder = join(mkdtempSync(join(tmpdir(), "threat-review-")), "engagements");
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe("T7: a code engagement that depends on anything but its own text is refused before it runs", () => {
  test("an import of a local file and a read of the environment are named, with the file, and nothing is loaded", async () => {
    const folder = folderWith({
      "shared.ts": 'export const repositories = [{ name: "storefront", permission: "push" }];',
      "sneaky.ts": [
        'import { defineEngagement } from "contractor-access";',
        'import { repositories } from "./shared";',
        "(globalThis as Record<string, unknown>).sneakyRan = true;",
        'export default defineEngagement({ id: process.env.ENGAGEMENT_ID ?? "x", lanes: { code: { repositories } } } as never);',
      ].join("\n"),
    });
    const { sources, diagnostics } = await readEngagementFiles(folder);
    const sneaky = diagnostics.filter(({ file }) => file.endsWith("sneaky.ts")).map(({ message }) => message);
    expect(sneaky).toEqual([
      `line 2: imports "./shared"; an engagement file may import only contractor-access or contractor-access/contract; ${TAIL}`,
      `line 3: uses the operator \`=\`; ${TAIL}`,
      `line 3: uses \`globalThis\`, which reaches every global, the environment included; ${TAIL}`,
      `line 4: uses the operator \`??\`; ${TAIL}`,
      `line 4: uses \`process\`, which reads the environment or the process; ${TAIL}`,
    ]);
    expect(sources.map(({ file }) => file)).toEqual([]);
    // Parsed, never run: the file's own side effect did not happen.
    expect((globalThis as Record<string, unknown>).sneakyRan).toBeUndefined();
  });

  test("the example stack's TypeScript engagement loads, with contractor-access mapped to defineEngagement", async () => {
    // Outside the workspace, where no node_modules resolves contractor-access: only the loader's alias can.
    const folder = folderWith({});
    cpSync(join(ROOT, "stacks/engagements/ops-review-2026-12.ts"), join(folder, "ops-review-2026-12.ts"));
    const { sources, diagnostics } = await readEngagementFiles(folder);
    expect(diagnostics).toEqual([]);
    expect(sources.map(({ content }) => (content as { id: string }).id)).toEqual(["ops-review-2026-12"]);
  });
});
