import { Resource } from "@pulumi/pulumi/resource";
import { afterEach, describe, expect, test } from "vitest";
import { withoutSourcePositions } from "./withoutSourcePositions";

// The stack Pulumi reads for every declaration (a private static of Resource, under the tested
// version range): its frames are what the engine receives as source positions.
const { callsites } = Resource as unknown as { callsites(): { file?: string }[] };
const declarationFrames = () => callsites().filter((site) => site.file !== undefined);

describe("withoutSourcePositions: Pulumi's per-declaration stack is skipped, nothing else", () => {
  const installed = Error.prepareStackTrace;
  afterEach(() => {
    Error.prepareStackTrace = installed;
  });

  test("inside, Pulumi reads an empty declaration stack", async () => {
    expect(declarationFrames().length).toBeGreaterThan(0);
    const inside = await withoutSourcePositions(async () => declarationFrames());
    expect(inside).toEqual([]);
  });

  test("inside, any other error keeps its stack, naming the function that threw", async () => {
    function failsHere(): Error {
      return new Error("boom");
    }
    const stack = await withoutSourcePositions(async () => failsHere().stack ?? "");
    expect(stack).toMatch(/^Error: boom\n {4}at failsHere \(.*withoutSourcePositions\.test\.ts:\d+:\d+\)/);
  });

  test("inside, other errors go through the formatter installed before", async () => {
    Error.prepareStackTrace = (error) => `formatted: ${(error as Error).message}`;
    const stack = await withoutSourcePositions(async () => new Error("kept").stack);
    expect(stack).toBe("formatted: kept");
  });

  test("the formatter is restored once the work settles, and when it fails", async () => {
    const before = Error.prepareStackTrace;
    await withoutSourcePositions(async () => undefined);
    expect(Error.prepareStackTrace).toBe(before);
    await expect(
      withoutSourcePositions(async () => {
        throw new Error("declaration failed");
      }),
    ).rejects.toThrow("declaration failed");
    expect(Error.prepareStackTrace).toBe(before);
    expect(declarationFrames().length).toBeGreaterThan(0);
  });
});

describe("withoutSourcePositions: overlapping calls and formatters installed meanwhile", () => {
  const installed = Error.prepareStackTrace;
  afterEach(() => {
    Error.prepareStackTrace = installed;
  });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  test("two overlapping calls, whichever settles first, leave the original formatter", async () => {
    const original = Error.prepareStackTrace;
    await Promise.all([withoutSourcePositions(() => pause(10)), withoutSourcePositions(() => pause(20))]);
    expect(Error.prepareStackTrace).toBe(original);
    await Promise.all([withoutSourcePositions(() => pause(20)), withoutSourcePositions(() => pause(10))]);
    expect(Error.prepareStackTrace).toBe(original);
    expect(declarationFrames().length).toBeGreaterThan(0);
  });

  test("a formatter installed while the work runs stays installed", async () => {
    const theirs = (error: Error) => `theirs: ${error.message}`;
    await withoutSourcePositions(async () => {
      Error.prepareStackTrace = theirs;
    });
    expect(Error.prepareStackTrace).toBe(theirs);
  });
});
