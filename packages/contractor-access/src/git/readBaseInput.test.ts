import { execFileSync } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import type { EngagementInput } from "../engagement/engagementTypes";
import { ENGAGEMENT_INPUT, engagementWith, settingsWith } from "../testing/fixtures";
import { type TempStack, tempStack } from "../testing/tempStack";
import { type BaseInput, readBaseInput } from "./readBaseInput";

/** The fixture engagement as YAML, after `change`. */
function yaml(change: (draft: EngagementInput) => void = () => {}): string {
  const draft = structuredClone(ENGAGEMENT_INPUT);
  change(draft);
  return stringify(draft);
}
const paths = { engagements: "engagements", config: "Pulumi.test.yaml" };
const stacks: TempStack[] = [];

function git(stack: TempStack, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", ...args], {
    cwd: stack.root,
    stdio: "ignore",
  });
}

/** A git repository whose one commit holds a stack with these engagement files. */
async function repository(files: Record<string, string>): Promise<TempStack> {
  const stack = await tempStack(files);
  stacks.push(stack);
  git(stack, "init", "-q");
  git(stack, "add", "-A");
  git(stack, "commit", "-q", "-m", "base");
  return stack;
}

async function commit(stack: TempStack, files: Record<string, string>): Promise<void> {
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(stack.root, name), text)));
  git(stack, "add", "-A");
  git(stack, "commit", "-q", "-m", "head");
}

afterEach(async () => {
  await Promise.all(stacks.splice(0).map((stack) => rm(stack.root, { recursive: true, force: true })));
});

/** What a test compares: the files and engagements, not the plans derived from them. */
function records(base: BaseInput) {
  return base.ok
    ? { ...base, engagements: base.engagements.map(({ file, engagement }) => ({ file, engagement })) }
    : base;
}

describe("readBaseInput", () => {
  test("reads the engagements and settings as they were at the base, not as they are now", async () => {
    const stack = await repository({ "checkout.yaml": yaml() });
    await commit(stack, {
      "engagements/checkout.yaml": yaml((e) => Object.assign(e.window, { end: "2026-12-05" })),
      "engagements/second.yaml": yaml((e) => Object.assign(e, { id: "second-2026" })),
    });
    await writeFile(join(stack.engagements, "third.yaml"), "not: committed\n");
    expect(records(await readBaseInput("HEAD~1", paths, stack.root))).toEqual({
      ok: true,
      settings: settingsWith(),
      engagements: [{ file: "HEAD~1:engagements/checkout.yaml", engagement: engagementWith() }],
    });
  });

  test("takes paths relative to cwd, from a subfolder", async () => {
    const stack = await repository({ "checkout.yaml": yaml() });
    const base = await readBaseInput("HEAD", { engagements: ".", config: "../Pulumi.test.yaml" }, stack.engagements);
    expect(base.ok && base.engagements.map((entry) => entry.file)).toEqual(["HEAD:engagements/checkout.yaml"]);
  });

  test("loads a TypeScript engagement that imports contractor-access, without the working tree's node_modules", async () => {
    const engagement = `import { defineEngagement } from "contractor-access";\nexport default defineEngagement(${JSON.stringify(ENGAGEMENT_INPUT)});\n`;
    const stack = await repository({ "checkout.ts": engagement });
    const base = await readBaseInput("HEAD", paths, stack.root);
    expect(records(base)).toEqual({
      ok: true,
      settings: expect.any(Object),
      engagements: [{ file: "HEAD:engagements/checkout.ts", engagement: engagementWith() }],
    });
  });

  test("refuses the whole base when one TypeScript engagement imports anything else", async () => {
    const stack = await repository({ "checkout.yaml": yaml(), "broken.ts": 'export { default } from "./missing";\n' });
    const base = await readBaseInput("HEAD", paths, stack.root);
    expect(base.ok).toBe(false);
    expect(!base.ok && base.message).toBe(
      'the stack at base "HEAD" is not valid, so access cannot be compared with it; fix the base or compare with another revision:\n  HEAD:engagements/broken.ts: line 1: imports "./missing"; an engagement file may import only contractor-access or contractor-access/contract; an engagement file is data: inline the value, or write the engagement in YAML',
    );
  });

  test("lists the first problems of an invalid base", async () => {
    const outsider = (n: number) =>
      yaml((e) =>
        Object.assign(e, {
          id: `engagement-${n}`,
          owner: { name: "Ola", email: `ola${n}@outside.example` },
          contractor: { name: "Dana", email: `dana${n}@freelance.example`, github: `dana-${n}` },
        }),
      );
    const files = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`e${n}.yaml`, outsider(n)]));
    const base = await readBaseInput("HEAD", paths, (await repository(files)).root);
    const lines = base.ok ? [] : base.message.split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe(
      "  HEAD:engagements/e1.yaml: owner.email: ola1@outside.example is not in an internal domain (acme.example); the owner must be an employee accountable for scope, approval and offboarding",
    );
    expect(lines[6]).toBe("  and 2 more problems");
  });

  test("a revision the repository does not know is named, with how to fetch it", async () => {
    const stack = await repository({ "checkout.yaml": yaml() });
    expect(records(await readBaseInput("origin/main", paths, stack.root))).toEqual({
      ok: false,
      message:
        'base "origin/main" is not a git revision this repository knows; fetch it first (for example git fetch origin main)',
    });
  });

  test("a base without the engagements folder is empty, with the base's settings", async () => {
    const stack = await repository({});
    await commit(stack, { "engagements/checkout.yaml": yaml() });
    expect(records(await readBaseInput("HEAD~1", paths, stack.root))).toEqual({
      ok: true,
      settings: settingsWith(),
      engagements: [],
    });
  });

  test("a base without a config file is read with the fallback settings", async () => {
    const stack = await repository({ "checkout.yaml": yaml() });
    git(stack, "rm", "-q", "--cached", "Pulumi.test.yaml");
    git(stack, "commit", "-q", "-m", "no config");
    const fallback = settingsWith({ timezone: "Europe/Berlin" });
    const base = await readBaseInput("HEAD", paths, stack.root, fallback);
    expect(records(base)).toEqual({
      ok: true,
      settings: fallback,
      engagements: [{ file: "HEAD:engagements/checkout.yaml", engagement: engagementWith() }],
    });
  });
});
