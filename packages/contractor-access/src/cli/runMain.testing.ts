import { main } from "./main";

/** What one in-process run of the CLI did: exit code and both streams, as a process would print them. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `main()` in this process with captured streams, the way tests drive
 * the CLI without paying for a child process. The environment is empty
 * unless given, so that a test run inside GitHub Actions prints no
 * annotations it did not ask for.
 */
export async function runMain(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(
    argv,
    { stdout: (line) => stdout.push(`${line}\n`), stderr: (line) => stderr.push(`${line}\n`) },
    env,
  );
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}
