import { CommanderError } from "commander";
import { type CliIo, processIo } from "./cliIo";
import { buildProgram } from "./program";
import { UsageError } from "./usageError";

/**
 * The command-line entry point: `contractor-access validate | plan | report | due | ledger`.
 * Returns the process exit code: 0 on success (and for `--help` and
 * `--version`), 1 when the input is invalid, 2 when the command line is.
 * stdout carries only the requested output, so it can be piped and parsed:
 * with `--format json`, invalid input prints `{"diagnostics": [...]}` there
 * instead. Problems, warnings and usage errors go to stderr, usage errors
 * with a pointer to the help.
 *
 * @param io Where output goes; tests pass their own to capture stdout and stderr.
 * @param env The environment: `GITHUB_ACTIONS=true` adds GitHub annotations.
 * @throws Only for a defect in the library itself; invalid input and command lines return their exit code.
 * @example
 * process.exitCode = await main(["validate", "--engagements", "stacks/engagements"]);
 */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  let exitCode = 0;
  const program = buildProgram({ io, env }, argv, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    if (!(error instanceof UsageError)) throw error;
    io.stderr(error.message);
    if (error.showHelp) {
      io.stderr("");
      io.stderr(program.helpInformation().replace(/\n$/, ""));
    } else {
      io.stderr(`Run "${["contractor-access", error.command, "--help"].filter(Boolean).join(" ")}" for usage.`);
    }
    return 2;
  }
}
