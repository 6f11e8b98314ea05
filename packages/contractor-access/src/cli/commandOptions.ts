import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { type OutputFormat, parseAt, parseFormat } from "./optionValues";

/** The exit codes and the stdout/stderr rule, under every help text. */
export const HELP_FOOTER = `
Exit codes:
  0  done; warnings, if any, are on stderr
  1  invalid input: every problem is on stderr; with --format json,
     stdout holds {"diagnostics": [...]} instead of the output
  2  a bad command line
  due: 0 something is due, 1 nothing is, 2 a bad command line,
       3 invalid input (cannot tell; sweep anyway)

stdout carries only the requested output; problems, warnings and usage
errors go to stderr. With GITHUB_ACTIONS=true, each problem is also written
to stderr as a GitHub annotation (::error file=...,line=...::message).
`;

/** The flags every command that reads a stack has. */
export interface StackFlags {
  readonly engagements: string;
  readonly config: string;
}

/** The package version, read at run time: package.json lies outside the compiled sources (rootDir). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
}

/** A command with `--engagements` and `--config`. */
export function stackCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .option("--engagements <dir>", "folder of engagement files", "stacks/engagements")
    .option("--config <file>", "Pulumi stack config file with the contractorAccess: settings", "Pulumi.dev.yaml");
}

/** Adds `--at` and `--format`, whose errors point at `name`'s help. */
export function withInstantAndFormat(command: Command, name: string): Command {
  return command
    .option("--at <instant>", "the instant to decide status at, ISO 8601 with an offset (default: now)", (value) =>
      parseAt(value, name),
    )
    .option("--format <format>", "markdown or json", (value): OutputFormat => parseFormat(value, name), "markdown")
    .option("--output <file>", "also write the whole output to this file, nothing left out (for a workflow artifact)");
}
