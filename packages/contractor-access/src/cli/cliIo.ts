/**
 * Where the CLI writes, one call per line (without its newline). stdout
 * carries only the output a command was asked for, so it can be piped or
 * parsed; problems, warnings and usage errors go to stderr. Tests pass their
 * own to run commands in-process and read both streams.
 */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

/** What a command runs with: its streams and the environment (read for `GITHUB_ACTIONS`). */
export interface CliContext {
  readonly io: CliIo;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (line) => {
    process.stdout.write(`${line}\n`);
  },
  stderr: (line) => {
    process.stderr.write(`${line}\n`);
  },
};
