import { execFileSync } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { ENGAGEMENT_INPUT } from "../testing/fixtures";
import { type TempStack, tempStack } from "../testing/tempStack";
import { readBaseInput } from "./readBaseInput";

const paths = { engagements: "engagements", config: "Pulumi.test.yaml" };
const stacks: TempStack[] = [];
const engagement = (id: string) => stringify({ ...ENGAGEMENT_INPUT, id });

function git(stack: TempStack, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", ...args], {
    cwd: stack.root,
    stdio: "ignore",
  });
}

afterEach(async () => {
  await Promise.all(stacks.splice(0).map((stack) => rm(stack.root, { recursive: true, force: true })));
});

describe("readBaseInput compares with the merge-base of HEAD and the ref", () => {
  test("an engagement added on main after the branch forked is not in the base, so it cannot show as removed", async () => {
    const stack = await tempStack({ "first.yaml": engagement("first-2026") });
    stacks.push(stack);
    git(stack, "init", "-q", "-b", "main");
    git(stack, "add", "-A");
    git(stack, "commit", "-q", "-m", "fork point");
    git(stack, "checkout", "-q", "-b", "feature");
    await writeFile(join(stack.engagements, "mine.yaml"), engagement("mine-2026"));
    git(stack, "add", "-A");
    git(stack, "commit", "-q", "-m", "the branch's change");
    git(stack, "checkout", "-q", "main");
    await writeFile(join(stack.engagements, "theirs.yaml"), engagement("theirs-2026"));
    git(stack, "add", "-A");
    git(stack, "commit", "-q", "-m", "someone else's change");
    git(stack, "checkout", "-q", "feature");

    const base = await readBaseInput("main", paths, stack.root);
    expect(base.ok && base.engagements.map((entry) => entry.engagement.id)).toStrictEqual(["first-2026"]);
  });

  test("a ref with no common ancestor is refused with a sentence that names it and the way out", async () => {
    const stack = await tempStack({ "first.yaml": engagement("first-2026") });
    stacks.push(stack);
    git(stack, "init", "-q", "-b", "main");
    git(stack, "add", "-A");
    git(stack, "commit", "-q", "-m", "main");
    git(stack, "checkout", "-q", "--orphan", "unrelated");
    git(stack, "commit", "-q", "-m", "unrelated history");

    expect(await readBaseInput("main", paths, stack.root)).toStrictEqual({
      ok: false,
      message:
        'base "main" and HEAD have no common ancestor (unrelated histories, or a shallow clone: fetch with more depth, for example git fetch --deepen 50 origin), so there is no merge-base to compare with',
    });
  });
});
