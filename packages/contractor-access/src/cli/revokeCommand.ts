import { readFile, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { readEngagementFiles } from "../loading/readEngagementFiles";
import type { CliContext } from "./cliIo";
import { withRevocation } from "./revocationYaml";

/** Options of `contractor-access revoke`. */
export interface RevokeCommandOptions {
  /** The engagement's id. */
  readonly id: string;
  readonly engagements: string;
  /** The employee who revokes. */
  readonly by: string;
  readonly reason: string;
  /** The instant access ends, as written into the file (ISO 8601 with an offset). */
  readonly at: string;
}

const YAML_EXTENSIONS = new Set([".yaml", ".yml"]);

function indent(lines: readonly string[]): string {
  return lines.map((line) => `  ${line}`).join("\n");
}

/**
 * Runs `contractor-access revoke`: writes `revoked: { at, by, reason }`
 * into the engagement's YAML file, keeping its comments and layout, and
 * says what to do next (open a pull request; its merge runs `pulumi up`).
 * The IAM Deny takes effect from `at` once the policy is applied. A
 * TypeScript or JSON file is not rewritten: the message says what to add by
 * hand. Returns 0 when written, 1 when the id is not found, the file cannot
 * be changed or already records a revocation.
 */
export async function revokeCommand(options: RevokeCommandOptions, context: CliContext): Promise<number> {
  const { sources, diagnostics } = await readEngagementFiles(options.engagements);
  const source = sources.find(({ content }) => (content as { id?: unknown } | null)?.id === options.id);
  if (!source) {
    for (const { file, message } of diagnostics) context.io.stderr(`${file}: ${message}`);
    context.io.stderr(`no engagement with id "${options.id}" in ${options.engagements}; nothing was changed.`);
    return 1;
  }
  const revocation = { at: options.at, by: options.by, reason: options.reason };
  if (!YAML_EXTENSIONS.has(extname(source.file).toLowerCase())) {
    // Rewriting TypeScript would lose its formatting and comments, or worse, its meaning: a person edits it.
    context.io.stderr(
      `${source.file} is not YAML, so it was not changed; add this to the engagement by hand:\n${indent([
        "revoked: {",
        `  at: ${JSON.stringify(revocation.at)},`,
        `  by: ${JSON.stringify(revocation.by)},`,
        `  reason: ${JSON.stringify(revocation.reason)},`,
        "},",
      ])}`,
    );
    return 1;
  }
  let text: string;
  try {
    text = withRevocation(await readFile(source.file, "utf8"), revocation);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    context.io.stderr(`${source.file} ${error.message}; nothing was changed.`);
    return 1;
  }
  await writeFile(source.file, text);
  context.io.stdout(
    `${source.file}: revoked at ${revocation.at} by ${revocation.by}. Open a pull request with this change and merge it: the push to the default branch runs pulumi up, whose policies deny every request after ${revocation.at}, and the stack stops provisioning the engagement.`,
  );
  return 0;
}
