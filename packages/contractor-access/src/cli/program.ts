import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, type CommanderError, Help } from "commander";
import type { CliContext } from "./cliIo";
import { usageErrorFrom } from "./commanderErrors";
import { type OutputFormat, parseAt, parseFormat, parseWithinDays } from "./optionValues";

const HELP_FOOTER = `
Exit codes:
  0  done; warnings, if any, are on stderr
  1  invalid input: every problem is on stderr; with --format json,
     stdout holds {"diagnostics": [...]} instead of the output
  2  a bad command line

stdout carries only the requested output; problems, warnings and usage
errors go to stderr. With GITHUB_ACTIONS=true, each problem is also written
to stderr as a GitHub annotation (::error file=...,line=...::message).
`;

interface StackFlags {
  readonly engagements: string;
  readonly config: string;
}

// Read at run time: package.json lies outside the compiled sources (rootDir).
function packageVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
}

function stackCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .option("--engagements <dir>", "folder of engagement files", "stacks/engagements")
    .option("--config <file>", "Pulumi stack config file with the contractorAccess: settings", "Pulumi.dev.yaml");
}

function withInstantAndFormat(command: Command, name: string): Command {
  return command
    .option("--at <instant>", "the instant to decide status at, ISO 8601 with an offset (default: now)", (value) =>
      parseAt(value, name),
    )
    .option("--format <format>", "markdown or json", (value): OutputFormat => parseFormat(value, name), "markdown");
}

/**
 * Declares the commands, their options and their help with commander. Each
 * command's module is imported only when that command runs, so that
 * `--help`, `--version` and `validate` never load Pulumi (about 1 s).
 * Parse errors surface as `UsageError` through commander's exit override;
 * nothing is written by commander except help and the version, on stdout.
 *
 * @param argv The command line, to word usage errors.
 * @param finish Receives the exit code of the command that ran.
 */
export function buildProgram(context: CliContext, argv: readonly string[], finish: (code: number) => void): Command {
  const program = new Command("contractor-access")
    .usage("<command> [options]")
    .description("Contractor access as code on Pulumi: validate engagements, plan the access, report on it.")
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .showSuggestionAfterError(false)
    .configureHelp({
      formatHelp: (command, help) => `${Help.prototype.formatHelp.call(help, command, help)}${HELP_FOOTER}`,
    })
    .configureOutput({
      writeOut: (text) => context.io.stdout(text.replace(/\n$/, "")),
      writeErr: () => {},
      outputError: () => {},
    });

  stackCommand(program, "validate", "Check every engagement file against the schema and the guardrails.").action(
    async (flags: StackFlags) => {
      const { validateCommand } = await import("./validateCommand.js");
      finish(await validateCommand(flags, context));
    },
  );
  withInstantAndFormat(
    stackCommand(
      program,
      "plan",
      "Show what `pulumi up` would declare, under Pulumi's mock engine (no cloud, no credentials).",
    ),
    "plan",
  )
    .option("--base <git-ref>", "compare access with this revision first (markdown)")
    .action(async (flags: StackFlags & { at?: Date; format: OutputFormat; base?: string }) => {
      const { planCommand } = await import("./planCommand.js");
      finish(await planCommand({ ...flags, at: flags.at ?? new Date(), base: flags.base }, context));
    });
  withInstantAndFormat(
    stackCommand(program, "report", "Active, upcoming and ended engagements, reviews due and offboarding checklists."),
    "report",
  )
    .option(
      "--within <days>",
      "what ends or is due within this many days (default: the stack's noticeDays, 7 unless set)",
      (value) => parseWithinDays(value, "report"),
    )
    .action(async (flags: StackFlags & { at?: Date; format: OutputFormat; within?: number }) => {
      const { reportCommand } = await import("./reportCommand.js");
      const { within, ...rest } = flags;
      finish(await reportCommand({ ...rest, at: flags.at ?? new Date(), withinDays: within }, context));
    });

  for (const command of [program, ...program.commands]) {
    command.exitOverride((error: CommanderError) => {
      throw usageErrorFrom(error, command, argv);
    });
  }
  return program;
}
