import { spawnSync } from "node:child_process";
import { join } from "node:path";

const BIN = join(__dirname, "../../packages/contractor-access/dist/cli/bin.js");

/** Runs the built `contractor-access` CLI, as a user would, and returns its exit code and output. */
export function cli(
  args: readonly string[],
  cwd = join(__dirname, "../.."),
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
