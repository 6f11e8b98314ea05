import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

// A fresh clone has no dist/: the bin is a launcher in git that builds the
// library on first use, so `pnpm exec contractor-access` works right after
// `pnpm install --frozen-lockfile`, as the copied workflows run it.
const ROOT = join(__dirname, "../..");
const PACKAGE = join(ROOT, "packages/contractor-access");
const clone = mkdtempSync(join(tmpdir(), "fresh-clone-"));
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe("the package's bin in a clone without dist/", () => {
  test("pnpm linked the launcher, which is in git, not the build output", () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8"));
    expect(manifest.bin).toStrictEqual({ "contractor-access": "bin/contractor-access.cjs" });
    const tracked = execFileSync("git", ["ls-files", "packages/contractor-access/bin"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(tracked.trim()).toBe("packages/contractor-access/bin/contractor-access.cjs");
  });

  test("builds the library on its first run and answers --version", () => {
    // The package's sources and build config, laid out as in the repository, without dist/.
    const copy = join(clone, "packages/contractor-access");
    mkdirSync(copy, { recursive: true });
    cpSync(join(ROOT, "tsconfig.base.json"), join(clone, "tsconfig.base.json"));
    for (const entry of ["bin", "src", "package.json", "tsconfig.build.json"]) {
      cpSync(join(PACKAGE, entry), join(copy, entry), { recursive: true });
    }
    // What `pnpm install` would have linked: the package's dependencies and the workspace root's (@types/node).
    symlinkSync(join(PACKAGE, "node_modules"), join(copy, "node_modules"), "dir");
    symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"), "dir");
    expect(existsSync(join(copy, "dist"))).toBe(false);
    const version = execFileSync(process.execPath, [join(copy, "bin/contractor-access.cjs"), "--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(version.trim()).toBe(JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")).version);
    expect(existsSync(join(copy, "dist/cli/bin.js"))).toBe(true);
  });
});
