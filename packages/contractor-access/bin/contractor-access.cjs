#!/usr/bin/env node
// The package's command. In the published package dist/ is always there and
// this only loads it. In a fresh clone of the repository dist/ does not exist
// yet; pnpm links a bin only when its file exists, so the bin is this file,
// which is in git, and it builds the library on first use. That is what lets
// the copied workflows run `pnpm exec contractor-access` right after
// `pnpm install --frozen-lockfile`. After changing the sources, run `pnpm build`.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const entry = join(root, "dist", "cli", "bin.js");
if (!existsSync(entry)) {
  const { execFileSync } = require("node:child_process");
  process.stderr.write("contractor-access: building the library for its first run in this clone\n");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}
require(entry);
