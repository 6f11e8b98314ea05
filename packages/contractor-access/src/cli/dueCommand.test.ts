import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../testing/fixtures";
import { type TempStack, tempStack } from "../testing/tempStack";
import { runMain } from "./runMain.testing";

// The fixture: 2026-11-24 to 2026-11-28 (UTC), production 2026-11-27 14:00-16:00Z.
// The long one: 2026-11-01 to 2026-12-31, keys rotated every 30 days, reviews every 30 days.
let stack: TempStack;
const long = {
  ...ENGAGEMENT_INPUT,
  id: "long-audit-2026",
  contractor: { name: "Ola Berg", email: "ola@audit.example" },
  window: { start: "2026-11-01", end: "2026-12-31" },
  lanes: { data: { datasets: ["masked-orders"] } },
  sharedSecrets: [],
};

beforeAll(async () => {
  stack = await tempStack({ "checkout.yaml": stringify(ENGAGEMENT_INPUT), "long.yaml": stringify(long) });
});
afterAll(() => rm(stack.root, { recursive: true, force: true }));

const due = (...flags: string[]) =>
  runMain(["due", "--engagements", stack.engagements, "--config", stack.config, ...flags]);

describe("contractor-access due: whether a sweep has work since an instant", () => {
  test.each([
    [
      "2026-11-27T13:00:00Z",
      "2026-11-27T14:00:00Z",
      "2026-11-27 14:00 checkout-fix-2026-11: production window starts\n",
    ],
    ["2026-11-27T15:30:00Z", "2026-11-27T16:30:00Z", "2026-11-27 16:00 checkout-fix-2026-11: production window ends\n"],
    ["2026-11-28T23:00:00Z", "2026-11-29T00:00:00Z", "2026-11-28 23:59 checkout-fix-2026-11: window ends\n"],
    ["2026-11-23T23:30:00Z", "2026-11-24T00:30:00Z", "2026-11-24 00:00 checkout-fix-2026-11: window starts\n"],
    ["2026-11-07T23:30:00Z", "2026-11-08T00:30:00Z", "2026-11-08 00:00 long-audit-2026: first-week review due\n"],
    // No review recorded: the Deny ends access then, and an `up` right after stops provisioning it.
    [
      "2026-11-11T23:30:00Z",
      "2026-11-12T00:30:00Z",
      "2026-11-11 23:59 long-audit-2026: access suspended (first-week review due 2026-11-08 not recorded)\n",
    ],
    [
      "2026-11-30T23:30:00Z",
      "2026-12-01T00:30:00Z",
      "2026-12-01 00:00 long-audit-2026: periodic review due\n2026-12-01 00:00 long-audit-2026: access key rotation period 2026-12-01 starts\n",
    ],
  ])("since %s at %s: exit 0 and each edge on stdout", async (since, at, stdout) => {
    expect(await due("--since", since, "--at", at)).toStrictEqual({ code: 0, stdout, stderr: "" });
  });

  test("nothing in the hour: exit 1, stdout empty, a sentence on stderr", async () => {
    expect(await due("--since", "2026-11-25T00:00:00Z", "--at", "2026-11-25T01:00:00Z")).toStrictEqual({
      code: 1,
      stdout: "",
      stderr: "Nothing due between 2026-11-25 00:00 and 2026-11-25 01:00 (UTC).\n",
    });
  });

  test.each([
    [["--at", "2026-11-25T01:00:00Z"], "required option '--since <instant>' not specified"],
    [
      ["--since", "yesterday"],
      '--since "yesterday" is not an ISO instant with an offset, such as 2026-11-29T00:00:00Z',
    ],
    [
      ["--since", "2026-11-25T02:00:00Z", "--at", "2026-11-25T01:00:00Z"],
      "--since 2026-11-25T02:00:00.000Z is after --at 2026-11-25T01:00:00.000Z; give the last sweep's instant",
    ],
  ])("%j: exit 2 naming the flag", async (flags, message) => {
    expect(await due(...flags)).toStrictEqual({
      code: 2,
      stdout: "",
      stderr: `${message}\nRun "contractor-access due --help" for usage.\n`,
    });
  });

  test("with upcomingLeadDays, the provisioning ahead of the start is an edge too", async () => {
    const lead = await tempStack(
      { "checkout.yaml": stringify(ENGAGEMENT_INPUT) },
      { ...SETTINGS_INPUT, upcomingLeadDays: 2 },
    );
    const run = await runMain([
      "due",
      "--engagements",
      lead.engagements,
      "--config",
      lead.config,
      "--since",
      "2026-11-21T23:30:00Z",
      "--at",
      "2026-11-22T00:30:00Z",
    ]);
    await rm(lead.root, { recursive: true, force: true });
    expect(run).toStrictEqual({
      code: 0,
      stdout: "2026-11-22 00:00 checkout-fix-2026-11: provisioned 2 days ahead of its start\n",
      stderr: "",
    });
  });

  test("invalid input: exit 3, so the sweep runs anyway and reports the problems", async () => {
    const broken = await tempStack({ "a.yaml": "id: Bad\n" });
    const run = await runMain([
      "due",
      "--engagements",
      broken.engagements,
      "--config",
      broken.config,
      "--since",
      "2026-11-25T00:00:00Z",
    ]);
    await rm(broken.root, { recursive: true, force: true });
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split("\n").at(-1)).toBe("6 problems; cannot tell what is due, so sweep anyway.");
  });
});
