import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runMain } from "./runMain.testing";

const VERSION = (JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string })
  .version;

describe("contractor-access: help and version", () => {
  test("--version prints the package's version on stdout and exits 0", async () => {
    expect(await runMain(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  test.each([[["--help"]], [["-h"]], [["help"]]])("%j prints the commands and exit codes on stdout", async (argv) => {
    const { code, stdout, stderr } = await runMain(argv);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(/^Usage: contractor-access <command> \[options\]\n/);
    for (const command of ["validate", "plan", "report", "due"])
      expect(stdout).toMatch(new RegExp(`\\n  ${command} \\[options\\]`));
    expect(stdout).toContain("Exit codes:\n  0  done; warnings, if any, are on stderr\n");
    expect(stdout).toContain("\n  2  a bad command line\n");
    expect(stdout).toContain('with --format json,\n     stdout holds {"diagnostics": [...]} instead of the output');
  });

  test.each([
    ["validate", ["--engagements <dir>", "--config <file>"], ["--at", "--format", "--base", "--within", "--output"]],
    [
      "plan",
      [
        "--engagements <dir>",
        "--config <file>",
        "--at <instant>",
        "--format <format>",
        "--base <git-ref>",
        "--output <file>",
      ],
      ["--within", "--since"],
    ],
    [
      "report",
      [
        "--engagements <dir>",
        "--config <file>",
        "--at <instant>",
        "--format <format>",
        "--within <days>",
        "--since <date>",
        "--output <file>",
      ],
      ["--base"],
    ],
    [
      "due",
      ["--engagements <dir>", "--config <file>", "--since <instant>", "--at <instant>"],
      ["--format", "--output", "--base"],
    ],
  ])("%s --help lists exactly its own options", async (command, own, others) => {
    const { code, stdout } = await runMain([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: contractor-access ${command} \\[options\\]\\n`));
    for (const option of own) expect(stdout).toContain(`  ${option} `);
    const optionsSection = stdout.split("Exit codes:")[0];
    for (const option of others) expect(optionsSection).not.toContain(option);
    expect(stdout).toContain("Exit codes:");
    expect(await runMain(["help", command])).toEqual({ code: 0, stdout, stderr: "" });
  });
});

describe("contractor-access: a bad command line exits 2, says why on stderr, and prints nothing on stdout", () => {
  test.each([
    [["deploy"], 'Unknown command "deploy".', "contractor-access --help"],
    [["plna"], 'Unknown command "plna" (did you mean "plan"?).', "contractor-access --help"],
    [["help", "raport"], 'Unknown command "raport" (did you mean "report"?).', "contractor-access --help"],
    [["validate", "--bogus"], 'Unknown option "--bogus" for validate.', "contractor-access validate --help"],
    [
      ["plan", "--formt", "json"],
      'Unknown option "--formt" for plan (did you mean "--format"?).',
      "contractor-access plan --help",
    ],
    [
      ["report", "--with=3"],
      'Unknown option "--with" for report (did you mean "--within"?).',
      "contractor-access report --help",
    ],
    [["-x"], 'Unknown option "-x".', "contractor-access --help"],
    [["--versoin"], 'Unknown option "--versoin" (did you mean "--version"?).', "contractor-access --help"],
    [
      ["--format", "json", "plan"],
      "--format is an option of plan, report and ledger; put it after the command, as in contractor-access plan --format …",
      "contractor-access --help",
    ],
    [
      ["validate", "extra"],
      'Unexpected argument "extra": validate takes options only.',
      "contractor-access validate --help",
    ],
    [["plan", "--at"], "--at needs a value.", "contractor-access plan --help"],
    [
      ["plan", "--at", "tomorrow"],
      '--at "tomorrow" is not an ISO instant with an offset, such as 2026-11-29T00:00:00Z',
      "contractor-access plan --help",
    ],
    [
      ["plan", "--format", "yaml"],
      '--format "yaml" is not a format; use markdown or json',
      "contractor-access plan --help",
    ],
    [["plan", "--within", "7"], "--within does not apply to plan.", "contractor-access plan --help"],
    [
      ["due", "--format", "json", "--since", "2026-11-25T00:00:00Z"],
      "--format does not apply to due.",
      "contractor-access due --help",
    ],
    [
      ["report", "--output", "/nonexistent-folder/report.md"],
      '--output "/nonexistent-folder/report.md" cannot be written (ENOENT); give a file in an existing folder',
      "contractor-access report --help",
    ],
    [["validate", "--format", "json"], "--format does not apply to validate.", "contractor-access validate --help"],
    [
      ["report", "--within", "a week"],
      '--within "a week" is not a whole number of days',
      "contractor-access report --help",
    ],
  ])("%j", async (argv, message, help) => {
    expect(await runMain(argv)).toEqual({ code: 2, stdout: "", stderr: `${message}\nRun "${help}" for usage.\n` });
  });

  test("no command: the message, then the whole help", async () => {
    const { code, stdout, stderr } = await runMain([]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(/^No command given\.\n\nUsage: contractor-access <command> \[options\]\n/);
    expect(stderr).toContain("Exit codes:");
  });
});
