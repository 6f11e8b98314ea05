import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { SETTINGS_INPUT } from "./fixtures";

/** A stack written to a temporary folder: engagement files and a Pulumi stack config. */
export interface TempStack {
  readonly root: string;
  readonly engagements: string;
  readonly config: string;
}

/**
 * Writes engagement files (name → text) and a `Pulumi.test.yaml` holding the
 * given settings under `contractorAccess:` into a fresh temporary folder.
 */
export async function tempStack(
  files: Readonly<Record<string, string>>,
  settings: Readonly<Record<string, unknown>> = SETTINGS_INPUT,
): Promise<TempStack> {
  const root = await mkdtemp(join(tmpdir(), "contractor-access-"));
  const engagements = join(root, "engagements");
  await mkdir(engagements);
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(engagements, name), text)));
  const config = join(root, "Pulumi.test.yaml");
  const namespaced = Object.fromEntries(
    Object.entries(settings).map(([key, value]) => [`contractorAccess:${key}`, value]),
  );
  await writeFile(config, stringify({ config: { "aws:region": "eu-west-1", ...namespaced } }));
  return { root, engagements, config };
}
