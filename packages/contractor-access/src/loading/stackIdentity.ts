import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { parse } from "yaml";

/** The Pulumi project and stack names a plan's URNs carry. */
export interface StackIdentity {
  readonly project: string;
  readonly stack: string;
}

/**
 * Names the project and stack as Pulumi would: the stack from the config
 * file's name (`Pulumi.dev.yaml` → `dev`), the project from the `name:` of
 * the `Pulumi.yaml` beside it, falling back to `contractor-access` and `plan`.
 */
export async function stackIdentity(configFile: string): Promise<StackIdentity> {
  const stack = /^Pulumi\.(.+)\.ya?ml$/.exec(basename(configFile))?.[1] ?? "plan";
  let project = "contractor-access";
  try {
    const name = (parse(await readFile(join(dirname(configFile), "Pulumi.yaml"), "utf8")) as { name?: unknown })?.name;
    if (typeof name === "string" && name.length > 0) project = name;
  } catch {
    // No readable Pulumi.yaml beside the config: keep the default name.
  }
  return { project, stack };
}
