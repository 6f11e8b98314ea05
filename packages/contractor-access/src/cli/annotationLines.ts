import { readFile } from "node:fs/promises";
import { extname, isAbsolute, relative } from "node:path";
import type { Diagnostic } from "../validation/diagnostic";
import { githubAnnotation } from "./githubAnnotation";
import { yamlFieldLine } from "./yamlFieldLine";

const YAML_FILES = new Set([".yaml", ".yml", ".json"]);

// Settings diagnostics name keys inside the config file's `config:` map.
function pathInFile(diagnostic: Diagnostic, config: string): readonly PropertyKey[] {
  return diagnostic.file === config && diagnostic.path.length > 0 ? ["config", ...diagnostic.path] : diagnostic.path;
}

// GitHub matches annotations to files by their path from the repository root.
function repositoryPath(file: string, workspace: string | undefined): string {
  if (!workspace || !isAbsolute(file)) return file;
  const inside = relative(workspace, file);
  return inside.startsWith("..") || isAbsolute(inside) ? file : inside;
}

/**
 * GitHub Actions annotations for diagnostics, one line each, with the line
 * of the field in YAML and JSON files. A file that cannot be read (a missing
 * config, a folder) is annotated as a whole; a TypeScript file at line 1.
 *
 * @param options.config The stack config file the command read, whose diagnostics name keys under `config:`.
 * @param options.workspace The repository root (`GITHUB_WORKSPACE`), to make absolute paths relative to it.
 */
export async function annotationLines(
  diagnostics: readonly Diagnostic[],
  options: { readonly config: string; readonly workspace: string | undefined },
): Promise<string[]> {
  const texts = new Map<string, Promise<string | undefined>>();
  const textOf = (file: string) => {
    if (!texts.has(file))
      texts.set(
        file,
        readFile(file, "utf8").catch(() => undefined),
      );
    return texts.get(file) as Promise<string | undefined>;
  };
  return Promise.all(
    diagnostics.map(async (diagnostic) => {
      const text = await textOf(diagnostic.file);
      const line =
        text === undefined
          ? undefined
          : YAML_FILES.has(extname(diagnostic.file))
            ? yamlFieldLine(text, pathInFile(diagnostic, options.config))
            : 1;
      return githubAnnotation(diagnostic, repositoryPath(diagnostic.file, options.workspace), line);
    }),
  );
}
