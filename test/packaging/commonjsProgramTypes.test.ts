import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// Its own vitest project ("packaging"): the package as a user gets it. It packs
// the built library (`pnpm test` builds first), installs the tarball with npm
// into a program laid out like `pulumi new aws-typescript` (that template's
// tsconfig, verbatim: no skipLibCheck, no esModuleInterop), and type-checks
// it, so a type error in any declaration file the package pulls in fails here
// as it would fail the user's `pulumi up`. The @pulumi peers are linked from
// this workspace rather than downloaded: they are large, and their own types
// are not what is under test.
const root = join(__dirname, "../..");
const packageDir = join(root, "packages/contractor-access");
const fixture = join(root, "test/fixtures/commonjs-program");
let work: string;
let tarball: string;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "contractor-access-packaging-"));
  run("pnpm", ["pack", "--pack-destination", work], packageDir);
  const [name] = readdirSync(work).filter((file) => file.endsWith(".tgz"));
  tarball = join(work, name ?? "missing.tgz");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed tarball", () => {
  test("holds README, LICENSE, declarations and the JSON Schema, and no source maps or sources", () => {
    const files = run("tar", ["-tzf", tarball], work).trim().split("\n");
    expect(files).toEqual(
      expect.arrayContaining([
        "package/README.md",
        "package/LICENSE",
        "package/package.json",
        "package/dist/index.d.ts",
        "package/dist/contract/index.d.ts",
        "package/dist/testing/index.d.ts",
        "package/dist/engagement/schemaEntry.d.ts",
        "package/dist/cli/bin.js",
        "package/bin/contractor-access.cjs",
        "package/schema/engagement.schema.json",
      ]),
    );
    expect(files.filter((file) => file.endsWith(".map") || file.startsWith("package/src/"))).toStrictEqual([]);
    expect(files.filter((file) => /\.test\.|\.testing\./.test(file))).toStrictEqual([]);
  });

  test("installs with npm and type-checks in a `pulumi new aws-typescript` program with its own tsconfig", () => {
    const program = join(work, "program");
    mkdirSync(join(program, "node_modules/@pulumi"), { recursive: true });
    mkdirSync(join(program, "node_modules/@types"), { recursive: true });
    copyFileSync(join(fixture, "index.ts"), join(program, "index.ts"));
    copyFileSync(join(fixture, "tsconfig.json"), join(program, "tsconfig.json"));
    writeFileSync(
      join(program, "package.json"),
      JSON.stringify({ name: "pulumi-program", private: true, main: "index.ts", dependencies: {} }),
    );
    // --legacy-peer-deps: the peers are linked below, not fetched.
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--legacy-peer-deps", tarball], program);
    for (const peer of ["pulumi", "aws", "github", "random"]) {
      symlinkSync(join(root, "node_modules/@pulumi", peer), join(program, "node_modules/@pulumi", peer), "dir");
    }
    symlinkSync(join(root, "node_modules/@types/node"), join(program, "node_modules/@types/node"), "dir");
    const tsc = require.resolve("typescript/bin/tsc");
    let output = "";
    try {
      output = run(process.execPath, [tsc, "-p", "tsconfig.json", "--noEmit", "--pretty", "false"], program);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  });
});
