import { parseArgs } from "node:util";
import { validateCommand } from "./validateCommand";

const USAGE = `Usage: contractor-access <command> [options]

Commands:
  validate   Check every engagement file against the schema and the guardrails.

Options:
  --engagements DIR   Folder of engagement files (default: stacks/engagements)
  --config FILE       Pulumi stack config with contractorAccess: settings (default: Pulumi.dev.yaml)
  --help              Show this help`;

/**
 * The command-line entry point. Returns the process exit code: 0 on
 * success, 1 when the input is invalid, 2 when the command line is.
 */
export async function main(argv: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    print(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    print(USAGE);
    return 0;
  }
  if (command !== "validate" || extra.length > 0) {
    print(
      `${command === undefined ? "No command given." : `Unknown command "${[command, ...extra].join(" ")}".`}\n\n${USAGE}`,
    );
    return 2;
  }
  const paths = {
    engagements: parsed.values.engagements ?? "stacks/engagements",
    config: parsed.values.config ?? "Pulumi.dev.yaml",
  };
  return validateCommand(paths, print);
}

const OPTIONS = {
  engagements: { type: "string" },
  config: { type: "string" },
  help: { type: "boolean" },
} as const;
