import type { Command, CommanderError } from "commander";
import { didYouMean } from "./didYouMean";
import { UsageError } from "./usageError";

function longFlags(command: Command): string[] {
  return command.options.flatMap((option) => (option.long ? [option.long] : []));
}

function unknownOption(command: Command): UsageError {
  // commander keeps the unparsed arguments, the unknown option first among its flags, in `args`.
  const flag = (command.args.find((arg) => arg.startsWith("-")) ?? "").split("=")[0] ?? "";
  const root = command.parent ?? command;
  const owners = root.commands.filter((other) => other !== command && longFlags(other).includes(flag));
  if (command.parent) {
    const name = command.name();
    if (owners.length > 0) return new UsageError(`${flag} does not apply to ${name}.`, name);
    return new UsageError(`Unknown option "${flag}" for ${name}${didYouMean(flag, longFlags(command))}.`, name);
  }
  if (owners.length > 0) {
    const names = owners.map((owner) => owner.name());
    const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
    return new UsageError(
      `${flag} is an option of ${list}; put it after the command, as in contractor-access ${names[0]} ${flag} …`,
    );
  }
  return new UsageError(`Unknown option "${flag}"${didYouMean(flag, longFlags(command))}.`);
}

function unknownCommand(program: Command, typed: string): UsageError {
  const names = program.commands.map((other) => other.name());
  return new UsageError(`Unknown command "${typed}"${didYouMean(typed, names)}.`);
}

/**
 * Turns the error commander raises while parsing (detected by its `code`)
 * into a {@link UsageError} worded like the rest of the CLI, naming the
 * unknown command or option and suggesting the one probably meant. Help and
 * version requests (exit code 0) are returned as they are.
 *
 * @param command The command that was parsing when commander stopped.
 * @param argv The whole command line, to name an option whose value is missing (it can only be the last).
 */
export function usageErrorFrom(error: CommanderError, command: Command, argv: readonly string[]): Error {
  if (error.exitCode === 0) return error;
  const name = command.parent ? command.name() : undefined;
  switch (error.code) {
    case "commander.unknownOption":
      return unknownOption(command);
    case "commander.unknownCommand":
      return unknownCommand(command, command.args[0] ?? "");
    case "commander.excessArguments":
      return new UsageError(`Unexpected argument "${command.args.join(" ")}": ${name} takes options only.`, name);
    case "commander.optionMissingArgument":
      return new UsageError(`${argv.at(-1)} needs a value.`, name);
    case "commander.help":
      // commander shows the help with an error for `help <unknown>` and when no command is given.
      return command.args[0] === "help" && command.args[1] !== undefined
        ? unknownCommand(command, command.args[1])
        : new UsageError("No command given.", undefined, true);
    default:
      return new UsageError(error.message.replace(/^error: /, ""), name);
  }
}
