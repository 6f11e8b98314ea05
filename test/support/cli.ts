import { spawn } from "node:child_process";
import { join } from "node:path";
import type { CliRun } from "../../packages/contractor-access/src/cli/runMain.testing";

export { type CliRun, runMain as cli } from "../../packages/contractor-access/src/cli/runMain.testing";

/** The repository root, where the example stack lives. */
export const ROOT = join(__dirname, "../..");

/** The built CLI, as `pnpm install` links it. */
export const BIN = join(ROOT, "packages/contractor-access/dist/cli/bin.js");

/**
 * Runs the built `contractor-access` CLI in a child process, as a user
 * would. Costly (a Node start, and Pulumi's load for `plan`), so kept for one
 * smoke test per command; everything else runs in-process through `cli`.
 * `GITHUB_ACTIONS` is cleared so that a run inside Actions prints no annotations.
 */
export function spawnCli(args: readonly string[], cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, GITHUB_ACTIONS: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
