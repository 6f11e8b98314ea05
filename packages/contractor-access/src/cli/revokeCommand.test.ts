import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { tempStack } from "../testing/tempStack";
import { runMain } from "./runMain.testing";

const YAML = `# A freelance developer fixing a checkout bug.
id: checkout-fix-2026-11
task: Fix the payment step that fails on some mobile devices
ticket: SHOP-1423
owner: { name: Priya Raman, email: priya@acme.example }
contractor:
  name: Dana Kim
  email: dana@freelance.example # her own address
  github: dana-codes
window:
  start: 2026-11-24
  end: 2026-11-28
lanes:
  code:
    repositories:
      - name: storefront
        permission: push
`;

const TS = `import { defineEngagement } from "contractor-access";

export default defineEngagement({
  id: "ops-review-2026-12",
  task: "Review the checkout service's alarms",
  ticket: "OPS-77",
  owner: { name: "Sam Lee", email: "sam@acme.example" },
  contractor: { name: "Ola Berg", email: "ola@sre.example" },
  window: { start: "2026-11-24", end: "2026-11-28" },
  lanes: { data: { datasets: ["masked-orders"] } },
  aws: { console: true },
});
`;

const NOW = { CONTRACTOR_ACCESS_AT: "2026-11-26T10:30:00.123Z" };

async function revoke(
  args: readonly string[],
  files: Record<string, string> = { "checkout.yaml": YAML, "ops.ts": TS },
) {
  const stack = await tempStack(files);
  const run = await runMain(["revoke", ...args, "--engagements", stack.engagements], NOW);
  const text = (name: string) => readFile(join(stack.engagements, name), "utf8");
  const relative = (output: string) => output.replaceAll(`${stack.root}/`, "");
  return { ...run, stdout: relative(run.stdout), stderr: relative(run.stderr), text, stack };
}

describe("contractor-access revoke", () => {
  test("writes revoked into the YAML file, keeping comments and layout, then validates", async () => {
    const run = await revoke(["checkout-fix-2026-11", "--by", "priya@acme.example", "--reason", "Laptop stolen"]);
    expect({ code: run.code, stderr: run.stderr }).toStrictEqual({ code: 0, stderr: "" });
    expect(await run.text("checkout.yaml")).toBe(
      `${YAML}revoked:\n  at: 2026-11-26T10:30:00Z\n  by: priya@acme.example\n  reason: Laptop stolen\n`,
    );
    expect(run.stdout).toBe(
      "engagements/checkout.yaml: revoked at 2026-11-26T10:30:00Z by priya@acme.example. Open a pull request with this change and merge it: the push to the default branch runs pulumi up, whose policies deny every request after 2026-11-26T10:30:00Z, and the stack stops provisioning the engagement.\n",
    );
    const validate = await runMain(
      ["validate", "--engagements", run.stack.engagements, "--config", run.stack.config],
      NOW,
    );
    expect(validate.code).toBe(0);
  });

  test("--at keeps the instant as written, offset included", async () => {
    const run = await revoke([
      "checkout-fix-2026-11",
      "--by",
      "priya@acme.example",
      "--reason",
      "Contract ended early",
      "--at",
      "2026-11-27T18:00:00+01:00",
    ]);
    expect(run.code).toBe(0);
    expect(await run.text("checkout.yaml")).toContain("revoked:\n  at: 2026-11-27T18:00:00+01:00\n");
  });

  test("a TypeScript file is left alone, and the message says what to add by hand", async () => {
    const run = await revoke(["ops-review-2026-12", "--by", "sam@acme.example", "--reason", "Laptop stolen"]);
    expect({ code: run.code, stdout: run.stdout }).toStrictEqual({ code: 1, stdout: "" });
    expect(run.stderr).toBe(
      'engagements/ops.ts is not YAML, so it was not changed; add this to the engagement by hand:\n  revoked: {\n    at: "2026-11-26T10:30:00Z",\n    by: "sam@acme.example",\n    reason: "Laptop stolen",\n  },\n',
    );
    expect(await run.text("ops.ts")).toBe(TS);
  });

  test("an unknown id: exit 1, nothing changed", async () => {
    const run = await revoke(["checkout-fix", "--by", "priya@acme.example", "--reason", "x"]);
    expect({ code: run.code, stderr: run.stderr }).toStrictEqual({
      code: 1,
      stderr: 'no engagement with id "checkout-fix" in engagements; nothing was changed.\n',
    });
    expect(await run.text("checkout.yaml")).toBe(YAML);
  });

  test("a second revocation is refused: the first one is the record", async () => {
    const first = await revoke(["checkout-fix-2026-11", "--by", "priya@acme.example", "--reason", "Laptop stolen"]);
    const again = await runMain(
      [
        "revoke",
        "checkout-fix-2026-11",
        "--by",
        "priya@acme.example",
        "--reason",
        "Again",
        "--engagements",
        first.stack.engagements,
      ],
      NOW,
    );
    expect(again.code).toBe(1);
    expect(again.stderr.replaceAll(`${first.stack.root}/`, "")).toBe(
      "engagements/checkout.yaml already records a revocation at 2026-11-26T10:30:00Z; a revocation is written once; nothing was changed.\n",
    );
  });

  test("a file whose extension is in capitals is still YAML, and is revoked", async () => {
    const run = await revoke(["checkout-fix-2026-11", "--by", "priya@acme.example", "--reason", "x"], {
      "CHECKOUT.YAML": YAML,
    });
    expect({ code: run.code, stderr: run.stderr }).toStrictEqual({ code: 0, stderr: "" });
    expect(await run.text("CHECKOUT.YAML")).toBe(
      `${YAML}revoked:\n  at: 2026-11-26T10:30:00Z\n  by: priya@acme.example\n  reason: x\n`,
    );
  });

  test("a %YAML 1.1 file keeps its reading, and the revocation reads back as written", async () => {
    // Under %YAML 1.1 `yes` is true, for the stack as for the editor, and a plain instant would read
    // as a timestamp: the appended block does not read back, so the document is edited and `at` quoted.
    const yaml11 = `%YAML 1.1\n---\n${YAML}aws: { console: yes }\n`;
    const run = await revoke(["checkout-fix-2026-11", "--by", "priya@acme.example", "--reason", "x"], {
      "checkout.yaml": yaml11,
    });
    expect({ code: run.code, stderr: run.stderr }).toStrictEqual({ code: 0, stderr: "" });
    expect(await run.text("checkout.yaml")).toBe(
      `${yaml11}revoked:\n  at: "2026-11-26T10:30:00Z"\n  by: priya@acme.example\n  reason: x\n`,
    );
  });

  test.each([
    [["checkout-fix-2026-11", "--reason", "x"], "required option '--by <email>' not specified"],
    [
      ["checkout-fix-2026-11", "--by", "priya@acme.example", "--reason", "x", "--at", "2026-11-26T10:30:00"],
      '--at "2026-11-26T10:30:00" is not an ISO instant with an offset, such as 2026-11-29T00:00:00Z',
    ],
  ])("a bad command line: exit 2 (%j)", async (args, message) => {
    const run = await revoke(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(message);
  });
});
