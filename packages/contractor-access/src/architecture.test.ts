import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

/**
 * The source folders in layers, lowest first. A folder may import only from
 * folders in lower layers, so data flows one way: files become validated
 * engagements with their plans, and everything above reads those plans. The
 * README's architecture section draws this list.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["text"],
  ["contract", "dates", "limits"],
  ["engagement", "iam"],
  ["rules", "lanes"],
  ["validation"],
  ["loading", "lifecycle"],
  ["describe", "git"],
  ["changes"],
  ["report", "ledger"],
  ["component", "preview"],
  ["stack"],
  ["plan"],
  ["cli", "testing"],
];

/** The first layer that may import Pulumi: everything below it is pure. */
const FIRST_PULUMI_LAYER = LAYERS.findIndex((layer) => layer.includes("component"));

const layerOf = new Map(LAYERS.flatMap((folders, index) => folders.map((folder) => [folder, index] as const)));
const root = __dirname;
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Every import of a folder's library code (tests and test helpers left out), as [file, specifier]. */
function importsOf(folder: string): [string, string][] {
  return readdirSync(join(root, folder))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.endsWith(".testing.ts"))
    .flatMap((file) => {
      const text = readFileSync(join(root, folder, file), "utf8");
      // `from "x"`, a bare `import "x"`, `import("x")` and `require("x")`.
      const specifiers = text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*|\brequire\(\s*)"([^"]+)"/g);
      return [...specifiers].map((match): [string, string] => [`${folder}/${file}`, match[1] ?? ""]);
    });
}

describe("architecture: source folders import only downward", () => {
  test("every source folder has a layer", () => {
    expect(folders.filter((folder) => !layerOf.has(folder))).toStrictEqual([]);
  });

  test.each(folders)("%s imports only from lower layers", (folder) => {
    const own = layerOf.get(folder) ?? -1;
    const upward = importsOf(folder)
      .map(([file, specifier]) => [file, /^\.\.\/([^/]+)/.exec(specifier)?.[1]] as const)
      .filter(([, target]) => target !== undefined && (layerOf.get(target) ?? Infinity) >= own)
      .map(([file, target]) => `${file} imports ${target}`);
    expect(upward).toStrictEqual([]);
  });

  test.each(folders.filter((folder) => (layerOf.get(folder) ?? 0) < FIRST_PULUMI_LAYER))(
    "%s is Pulumi-free",
    (folder) => {
      const pulumi = importsOf(folder)
        .filter(([, specifier]) => specifier.startsWith("@pulumi/"))
        .map(([file, specifier]) => `${file} imports ${specifier}`);
      expect(pulumi).toStrictEqual([]);
    },
  );

  test("contract imports nothing outside itself, so the policy pack can load it alone", () => {
    expect(importsOf("contract").filter(([, specifier]) => !specifier.startsWith("./"))).toStrictEqual([]);
  });
});
