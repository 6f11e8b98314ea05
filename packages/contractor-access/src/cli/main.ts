import { parseArgs } from "node:util";
import { parseInstant } from "../dates/parseInstant";
import { planCommand } from "./planCommand";
import { reportCommand } from "./reportCommand";
import { validateCommand } from "./validateCommand";

const USAGE = `Usage: contractor-access <command> [options]

Commands:
  validate   Check every engagement file against the schema and the guardrails.
  plan       Show what \`pulumi up\` would declare, under Pulumi's mock engine (no cloud, no credentials).
  report     Active, upcoming and ended engagements, reviews due and offboarding checklists.

Options:
  --engagements DIR   Folder of engagement files (default: stacks/engagements)
  --config FILE       Pulumi stack config with contractorAccess: settings (default: Pulumi.dev.yaml)
  --at INSTANT        plan, report: the instant to decide status at, ISO with offset (default: now)
  --format FORMAT     plan, report: markdown (default) or json
  --base GIT-REF      plan: compare access with this revision first
  --within DAYS       report: what ends or is due within DAYS days (default: 7)
  --help              Show this help`;

const OPTIONS = {
  engagements: { type: "string" },
  config: { type: "string" },
  at: { type: "string" },
  format: { type: "string" },
  base: { type: "string" },
  within: { type: "string" },
  help: { type: "boolean" },
} as const;

const ALLOWED: Record<string, readonly string[]> = {
  validate: ["engagements", "config"],
  plan: ["engagements", "config", "at", "format", "base"],
  report: ["engagements", "config", "at", "format", "within"],
};

class UsageError extends Error {}

function format(value: string | undefined): "markdown" | "json" {
  if (value === undefined || value === "markdown" || value === "json") return value ?? "markdown";
  throw new UsageError(`--format "${value}" is not a format; use markdown or json`);
}

function within(value: string | undefined): number {
  if (value === undefined) return 7;
  if (!/^\d+$/.test(value)) throw new UsageError(`--within "${value}" is not a whole number of days`);
  return Number(value);
}

/**
 * The command-line entry point. Returns the process exit code: 0 on
 * success, 1 when the input is invalid, 2 when the command line is.
 */
export async function main(argv: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  try {
    const parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    if (parsed.values.help) {
      print(USAGE);
      return 0;
    }
    const [command, ...extra] = parsed.positionals;
    const allowed = command === undefined ? undefined : ALLOWED[command];
    if (!allowed || extra.length > 0) {
      throw new UsageError(
        command === undefined ? "No command given." : `Unknown command "${[command, ...extra].join(" ")}".`,
      );
    }
    for (const option of Object.keys(parsed.values)) {
      if (!allowed.includes(option)) throw new UsageError(`--${option} does not apply to ${command}.`);
    }
    const values = parsed.values;
    const paths = {
      engagements: values.engagements ?? "stacks/engagements",
      config: values.config ?? "Pulumi.dev.yaml",
    };
    let at: Date;
    try {
      at = values.at === undefined ? new Date() : parseInstant(values.at, `--at "${values.at}"`);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (command === "plan")
      return await planCommand({ ...paths, at, format: format(values.format), base: values.base }, print);
    if (command === "report") {
      return await reportCommand(
        { ...paths, at, format: format(values.format), withinDays: within(values.within) },
        print,
      );
    }
    return await validateCommand(paths, print);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError && "code" in error)) throw error;
    print(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
}
