import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BIN, ROOT, spawnCli } from "./support/cli";

// The built CLI (dist/cli/bin.js) in a child process, as a user runs it: one
// smoke test per command. Everything else about the commands is tested
// in-process through main() (src/cli, planCommand.test.ts, reportCommand.test.ts).
// In sequence: on two cores, concurrent Node starts only slow each other down.
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, "packages/contractor-access/package.json"), "utf8")) as { version: string }
).version;

describe("the built contractor-access CLI", () => {
  test("--version and --help", async () => {
    expect(await spawnCli(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
    const help = await spawnCli(["--help"]);
    expect({ code: help.code, stderr: help.stderr }).toEqual({ code: 0, stderr: "" });
    expect(help.stdout).toMatch(/^Usage: contractor-access <command> \[options\]\n/);
  });

  test("validate the example stack", async () => {
    expect(await spawnCli(["validate"])).toEqual({
      code: 0,
      stdout: "3 engagements valid in stacks/engagements against Pulumi.dev.yaml.\n",
      stderr: "",
    });
  });

  test("plan the example stack as JSON", async () => {
    const { code, stdout, stderr } = await spawnCli(["plan", "--at", "2026-11-25T10:00:00Z", "--format", "json"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const preview = JSON.parse(stdout) as { steps: unknown[]; changeSummary: { create: number } };
    expect(preview.changeSummary).toEqual({ create: preview.steps.length });
    expect(preview.steps.length).toBeGreaterThan(1);
  });

  test("report on the example stack as JSON", async () => {
    const { code, stdout, stderr } = await spawnCli(["report", "--at", "2026-12-05T10:00:00Z", "--format", "json"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(stdout).counts).toEqual({ active: 2, upcoming: 0, suspended: 0, revoked: 0, ended: 1 });
  });
});

describe("the built CLI loads Pulumi only for plan", () => {
  test("--help, --version, validate, report and due load no @pulumi module; plan does", () => {
    // The whole example stack, its TypeScript engagement included: the loader maps its import of
    // contractor-access to the Pulumi-free defineEngagement, so validate, report and due still load no Pulumi.
    const stack = mkdtempSync(join(tmpdir(), "cli-lazy-"));
    const files = ["checkout-fix-2026-11.yaml", "finance-audit-2026-q4.yaml", "ops-review-2026-12.ts"];
    expect(readdirSync(join(ROOT, "stacks/engagements")).sort()).toEqual(files);
    for (const file of files) {
      cpSync(join(ROOT, "stacks/engagements", file), join(stack, "engagements", file));
    }
    const paths = ["--engagements", join(stack, "engagements"), "--config", join(ROOT, "Pulumi.dev.yaml")];
    const script = `
      const { main } = require(${JSON.stringify(join(BIN, "../main.js"))});
      const quiet = { stdout() {}, stderr() {} };
      const pulumiModules = () => Object.keys(require.cache).filter((file) => file.includes("/@pulumi/")).length;
      (async () => {
        const loaded = {};
        for (const argv of JSON.parse(process.argv[1])) {
          const code = await main(argv, quiet, {});
          loaded[argv[0]] = { code, pulumiModules: pulumiModules() };
        }
        console.log(JSON.stringify(loaded));
      })();
    `;
    const due = ["due", ...paths, "--since", "2026-11-27T13:00:00Z", "--at", "2026-11-27T14:00:00Z"];
    const runs = [["--help"], ["--version"], ["validate", ...paths], ["report", ...paths], due, ["plan", ...paths]];
    const loaded = JSON.parse(
      execFileSync(process.execPath, ["-e", script, JSON.stringify(runs)], { encoding: "utf8" }),
    );
    expect(loaded).toEqual({
      "--help": { code: 0, pulumiModules: 0 },
      "--version": { code: 0, pulumiModules: 0 },
      validate: { code: 0, pulumiModules: 0 },
      report: { code: 0, pulumiModules: 0 },
      due: { code: 1, pulumiModules: 0 }, // 1: nothing due in that hour
      plan: { code: 0, pulumiModules: expect.any(Number) },
    });
    expect(loaded.plan.pulumiModules).toBeGreaterThan(0);
  });
});
