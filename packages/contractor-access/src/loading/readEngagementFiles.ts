import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { createJiti } from "jiti";
import type { Diagnostic } from "../validation/diagnostic";
import type { EngagementSource } from "../validation/engagementSource";
import { parseYamlDocument } from "./parseYamlDocument";

/** Engagement files read from a folder, and the files that could not be read. */
export interface ReadEngagementFilesResult {
  readonly sources: EngagementSource[];
  readonly diagnostics: Diagnostic[];
}

const YAML_EXTENSIONS = new Set([".yaml", ".yml"]);
const CODE_EXTENSIONS = new Set([".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"]);
const SUPPORTED = ".yaml, .yml, .json or .ts";

/**
 * Files that may sit beside engagements without being one: hidden files and
 * READMEs. The base checkout skips the same files, so that a folder holding
 * only a README counts as empty.
 *
 * @example
 * isIgnoredFile("README.md"); // true
 * isIgnoredFile("checkout-fix.yaml"); // false
 */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith(".") || /^readme(\.|$)/i.test(name);
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0] ?? "";
}

async function readOne(file: string): Promise<EngagementSource | Diagnostic> {
  const extension = extname(file).toLowerCase();
  const problem = (message: string): Diagnostic => ({ file, path: [], severity: "error", message });
  if (YAML_EXTENSIONS.has(extension)) {
    const parsed = parseYamlDocument(await readFile(file, "utf8"));
    return parsed.ok ? { file, content: parsed.value } : problem(parsed.message);
  }
  if (extension === ".json") {
    try {
      return { file, content: JSON.parse(await readFile(file, "utf8")) };
    } catch (error) {
      return problem(`is not valid JSON: ${firstLine(error)}`);
    }
  }
  if (CODE_EXTENSIONS.has(extension)) {
    try {
      const module = await createJiti(resolve(file), { interopDefault: false }).import<{ default?: unknown }>(
        resolve(file),
      );
      const content = module.default;
      if (content === undefined) {
        return problem("has no default export; write `export default defineEngagement({ ... })`");
      }
      return { file, content };
    } catch (error) {
      return problem(`could not be loaded: ${firstLine(error)}`);
    }
  }
  return problem(`is not an engagement file; engagement files end in ${SUPPORTED}`);
}

/**
 * Reads every engagement file in a folder (not its subfolders): YAML, JSON,
 * or TypeScript with a default export. Files it cannot read become
 * diagnostics instead of exceptions, so that every problem is reported at
 * once. Dotfiles and READMEs are skipped.
 *
 * @example
 * const { sources, diagnostics } = await readEngagementFiles("stacks/engagements");
 */
export async function readEngagementFiles(folder: string): Promise<ReadEngagementFilesResult> {
  const folderProblem = (message: string): ReadEngagementFilesResult => ({
    sources: [],
    diagnostics: [{ file: folder, path: [], severity: "error", message }],
  });
  const info = await stat(folder).catch(() => undefined);
  if (!info) return folderProblem("folder does not exist; pass the engagements folder with --engagements");
  if (!info.isDirectory()) return folderProblem("is not a folder; pass the engagements folder with --engagements");
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !isIgnoredFile(entry.name))
    .map((entry) => entry.name)
    .sort();
  if (names.length === 0) return folderProblem(`holds no engagement files (${SUPPORTED})`);
  const results = await Promise.all(names.map((name) => readOne(join(folder, name))));
  return {
    sources: results.filter((result): result is EngagementSource => "content" in result),
    diagnostics: results.filter((result): result is Diagnostic => "message" in result),
  };
}
