import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readStackSettings } from "./readStackSettings";

async function fileWith(name: string, text: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "stack-config-"));
  const file = join(folder, name);
  await writeFile(file, text);
  return file;
}

describe("readStackSettings: the forms a stack's config comes in", () => {
  test("a Pulumi.<stack>.yaml with `pulumi config set` strings", async () => {
    const file = await fileWith(
      "Pulumi.dev.yaml",
      'config:\n  contractorAccess:githubOrg: acme\n  contractorAccess:internalDomains:\n    - acme.example\n  contractorAccess:maxEngagementDays: "120"\n',
    );
    const result = await readStackSettings(file);
    expect(result.ok && result.settings.maxEngagementDays).toBe(120);
  });

  test("ESC environments are named as unseen offline, with how to pass resolved values", async () => {
    const file = await fileWith(
      "Pulumi.dev.yaml",
      "environment:\n  - acme/contractor-access\nconfig:\n  contractorAccess:githubOrg: acme\n  contractorAccess:internalDomains: [acme.example]\n",
    );
    const result = await readStackSettings(file);
    expect(
      result.ok && result.warnings.map((warning) => `${String(warning.path[0])}: ${warning.message}`),
    ).toStrictEqual([
      "environment: imports ESC environments, which cannot be resolved offline, so their values are not seen here; if contractorAccess settings come from them, save `pulumi config --json` to a file and pass it as --config",
    ]);
  });

  test("the output of `pulumi config --json`, saved to a .json file", async () => {
    const file = await fileWith(
      "config.json",
      JSON.stringify({
        "aws:region": { value: "eu-west-1", secret: false },
        "contractorAccess:githubOrg": { value: "acme", secret: false },
        "contractorAccess:internalDomains": { value: '["acme.example"]', objectValue: ["acme.example"], secret: false },
      }),
    );
    const result = await readStackSettings(file);
    expect(result.ok && [result.settings.githubOrg, result.settings.internalDomains]).toStrictEqual([
      "acme",
      ["acme.example"],
    ]);
  });

  test("a .json file that is not `pulumi config --json` output says what it should be", async () => {
    const file = await fileWith("config.json", JSON.stringify({ "contractorAccess:githubOrg": "acme" }));
    const result = await readStackSettings(file);
    expect(result.ok ? [] : result.diagnostics.map((diagnostic) => diagnostic.message)).toStrictEqual([
      'is not the output of `pulumi config --json`: expected { "key": { "value": …, "secret": … } }',
    ]);
  });
});
