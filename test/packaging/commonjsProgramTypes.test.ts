import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

// Its own vitest project ("packaging"): a full tsc run over @pulumi/aws's
// declarations, against the built package (dist/). `pnpm test` builds first and
// runs it; `vitest run --project packaging` runs it alone.
const root = join(__dirname, "../..");

describe("the built package's types", () => {
  test("type-check in a default CommonJS Pulumi TypeScript program (pulumi new aws-typescript tsconfig)", () => {
    const tsc = require.resolve("typescript/bin/tsc");
    expect(() =>
      execFileSync(process.execPath, [tsc, "-p", join(root, "test/fixtures/commonjs-program/tsconfig.json")], {
        encoding: "utf8",
      }),
    ).not.toThrow();
  });
});
