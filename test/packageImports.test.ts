import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

// These run against the built package (dist/), as users get it: `pnpm test` builds first.
// The type-check of a Pulumi program against it is in the packaging project (test/packaging/).
const root = join(__dirname, "..");

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" }).trim();
}

describe("the package imports cleanly", () => {
  test("from CommonJS (require)", () => {
    expect(
      node([
        "-e",
        "const m = require('contractor-access'); console.log(typeof m.defineEngagement, typeof m.ContractorEngagement)",
      ]),
    ).toBe("function function");
  });

  test("from ESM (import), with named exports", () => {
    expect(
      node([
        "--input-type=module",
        "-e",
        "import { defineEngagement, ContractorEngagement } from 'contractor-access'; import { engagementSchema } from 'contractor-access/schema'; console.log(typeof defineEngagement, typeof ContractorEngagement, typeof engagementSchema.safeParse)",
      ]),
    ).toBe("function function function");
  });

  test("the zod schemas from contractor-access/schema, and the JSON Schema by its subpath", () => {
    expect(
      node([
        "-e",
        "const s = require('contractor-access/schema'); const j = require('contractor-access/engagement.schema.json'); console.log(typeof s.stackSettingsSchema.parse, typeof s.engagementJsonSchema, j.additionalProperties)",
      ]),
    ).toBe("function function false");
  });
});
