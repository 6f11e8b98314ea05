import { Command, type CommanderError, Help } from "commander";
import type { LedgerFormat } from "../ledger/renderLedger";
import { resolveNow } from "../lifecycle/resolveNow";
import type { CliContext } from "./cliIo";
import { usageErrorFrom } from "./commanderErrors";
import { HELP_FOOTER, packageVersion, type StackFlags, stackCommand, withInstantAndFormat } from "./commandOptions";
import { type OutputFormat, parseAt, parseInstantFlag, parseLedgerFormat, parseWithinDays } from "./optionValues";
import { parseSince, type SinceValue } from "./sinceDate";

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
    .action(async (flags: StackFlags & { at?: Date; format: OutputFormat; base?: string; output?: string }) => {
      const { planCommand } = await import("./planCommand.js");
      finish(await planCommand({ ...flags, at: flags.at ?? new Date(), base: flags.base }, context));
    });
  withInstantAndFormat(
    stackCommand(program, "report", "Active, upcoming and ended engagements, reviews due and offboarding checklists."),
    "report",
  )
    .option(
      "--within <days>",
      "what ends or is due within this many days (default: the stack's noticeDays, 5 unless set)",
      (value) => parseWithinDays(value, "report"),
    )
    .option(
      "--since <date>",
      "leave out engagements that ended before this date (stack timezone) or instant",
      (value) => parseSince(value, "report"),
    )
    .action(
      async (
        flags: StackFlags & { at?: Date; format: OutputFormat; within?: number; since?: SinceValue; output?: string },
      ) => {
        const { reportCommand } = await import("./reportCommand.js");
        const { within, ...rest } = flags;
        finish(await reportCommand({ ...rest, at: flags.at ?? new Date(), withinDays: within }, context));
      },
    );

  stackCommand(program, "due", "Say whether anything became due since an instant, so a sweep runs only when needed.")
    .requiredOption("--since <instant>", "the last sweep's instant, ISO 8601 with an offset", (value) =>
      parseInstantFlag("--since", value, "due"),
    )
    .option("--at <instant>", "now, ISO 8601 with an offset (default: the clock)", (value) => parseAt(value, "due"))
    .action(async (flags: StackFlags & { since: Date; at?: Date }) => {
      const { dueCommand } = await import("./dueCommand.js");
      finish(await dueCommand({ ...flags, at: flags.at ?? new Date() }, context));
    });

  stackCommand(program, "notices", "The expiry notices that should be open now, as JSON, for a workflow to reconcile.")
    .option("--at <instant>", "now, ISO 8601 with an offset (default: the clock)", (value) => parseAt(value, "notices"))
    .action(async (flags: StackFlags & { at?: Date }) => {
      const { noticesCommand } = await import("./noticesCommand.js");
      finish(await noticesCommand({ ...flags, at: flags.at ?? new Date() }, context));
    });

  program
    .command("revoke")
    .description("Revoke an engagement now: write revoked: { at, by, reason } into its YAML file, keeping comments.")
    .argument("<id>", "the engagement's id")
    .requiredOption("--by <email>", "the employee who revokes")
    .requiredOption("--reason <text>", "why, in one sentence")
    .option("--at <instant>", "when access ends, ISO 8601 with an offset (default: now)", (value) => {
      parseAt(value, "revoke");
      // Kept as written: the file records the instant with the offset the person gave.
      return value;
    })
    .option("--engagements <dir>", "folder of engagement files", "stacks/engagements")
    .action(async (id: string, flags: { by: string; reason: string; at?: string; engagements: string }) => {
      const { revokeCommand } = await import("./revokeCommand.js");
      const at =
        flags.at ??
        resolveNow(context.env, () => new Date())
          .toISOString()
          .replace(/\.\d{3}Z$/, "Z");
      finish(await revokeCommand({ ...flags, id, at }, context));
    });

  stackCommand(
    program,
    "ledger",
    "The access history from git: who had what access when, who approved it, when it ended.",
  )
    .option("--since <date>", "keep events from this date (stack timezone) or instant on", (value) =>
      parseSince(value, "ledger"),
    )
    .option("--format <format>", "json, csv or markdown", (value) => parseLedgerFormat(value, "ledger"), "markdown")
    .option("--at <instant>", "now, for whether access has ended (default: the clock)", (value) =>
      parseAt(value, "ledger"),
    )
    .action(async (flags: StackFlags & { since?: SinceValue; format: LedgerFormat; at?: Date }) => {
      const { ledgerCommand } = await import("./ledgerCommand.js");
      finish(await ledgerCommand({ ...flags, at: flags.at ?? new Date() }, context));
    });

  for (const command of [program, ...program.commands]) {
    command.exitOverride((error: CommanderError) => {
      throw usageErrorFrom(error, command, argv);
    });
  }
  return program;
}
