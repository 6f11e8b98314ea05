import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { startMockEngine } from "../packages/contractor-access/src/preview/mockEngine";
import { TYPES } from "./support/types";

// The stack program as `pulumi up` runs it: settings from the Pulumi runtime's
// config (as the CLI hands them over: strings as they are, the rest as JSON),
// engagements read from the folder, "now" from CONTRACTOR_ACCESS_AT.
const ROOT = join(__dirname, "..");

async function runProgram(engagementsDir: string, at: string) {
  const engine = await startMockEngine({ project: "contractor-access", stack: "dev" });
  // Written out here rather than with the library's own reader, so the test stands apart from it.
  const { config } = parse(readFileSync(join(ROOT, "Pulumi.dev.yaml"), "utf8")) as { config: Record<string, unknown> };
  pulumi.runtime.setAllConfig(
    Object.fromEntries(
      Object.entries(config).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]),
    ),
    [],
  );
  process.env.CONTRACTOR_ACCESS_AT = at;
  const { contractorAccessProgram } = await import("../packages/contractor-access/src/stack/contractorAccessProgram");
  try {
    const outputs = await contractorAccessProgram({ engagementsDir });
    await engine.settle();
    return { outputs, resources: engine.resources };
  } finally {
    delete process.env.CONTRACTOR_ACCESS_AT;
  }
}

describe("contractorAccessProgram", () => {
  test("reads settings from the stack config and decides status at CONTRACTOR_ACCESS_AT", async () => {
    const { outputs, resources } = await runProgram(join(ROOT, "stacks/engagements"), "2026-11-25T10:00:00Z");
    expect(resources.filter((resource) => resource.type === TYPES.engagement).map((resource) => resource.name)).toEqual(
      ["checkout-fix-2026-11"],
    );
    expect(
      (outputs.accessManifest as { engagement: string; status: string }[]).map((entry) => [
        entry.engagement,
        entry.status,
      ]),
    ).toEqual([
      ["checkout-fix-2026-11", "active"],
      ["finance-audit-2026-q4", "upcoming"],
      ["ops-review-2026-12", "upcoming"],
    ]);
    expect(await pulumi.isSecret(pulumi.output(outputs.credentials))).toBe(true);
  });

  test("invalid input stops the run with every problem listed", async () => {
    const attempt = runProgram(join(ROOT, "test/fixtures/commonjs-program"), "2026-11-25T10:00:00Z");
    await expect(attempt).rejects.toThrow(pulumi.RunError);
    await expect(attempt).rejects.toThrow(
      /^contractor-access: \d+ problem\(s\); nothing was declared:\n.*index\.ts: .*\n.*tsconfig\.json: id: is required/s,
    );
  });

  test("an invalid CONTRACTOR_ACCESS_AT is refused in words", async () => {
    await expect(runProgram(join(ROOT, "stacks/engagements"), "next week")).rejects.toThrow(
      'CONTRACTOR_ACCESS_AT="next week" is not an ISO instant with an offset, such as 2026-11-29T00:00:00Z',
    );
  });
});
