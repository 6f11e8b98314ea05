import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { ENGAGEMENT_INPUT } from "../testing/fixtures";
import { tempStack } from "../testing/tempStack";
import { runMain } from "./runMain.testing";

// The fixture ends 2026-11-28 23:59:59 UTC; noticeDays defaults to 5.
async function notices(files: Record<string, string>, at: string) {
  const stack = await tempStack(files);
  const run = await runMain(["notices", "--engagements", stack.engagements, "--config", stack.config, "--at", at], {
    CONTRACTOR_ACCESS_AT: "2026-11-25T00:00:00Z",
  });
  return { ...run, stdout: run.stdout.replaceAll(`${stack.root}/`, "") };
}

describe("contractor-access notices", () => {
  test("the notices that should be open, with the markers a workflow reconciles by", async () => {
    const run = await notices({ "checkout.yaml": stringify(ENGAGEMENT_INPUT) }, "2026-11-25T09:00:00Z");
    expect({ code: run.code, stderr: run.stderr }).toStrictEqual({ code: 0, stderr: "" });
    const json = JSON.parse(run.stdout);
    expect({
      ...json,
      notices: json.notices.map(({ id, title, marker }: Record<string, string>) => ({ id, title, marker })),
    }).toStrictEqual({
      noticeDays: 5,
      markerPrefix: "<!-- contractor-access:expiry-notice id=",
      section: { start: "<!-- contractor-access:notice:start -->", end: "<!-- contractor-access:notice:end -->" },
      notices: [
        {
          id: "checkout-fix-2026-11",
          title: "Access for checkout-fix-2026-11 ends 2026-11-28 23:59 (UTC)",
          marker: "<!-- contractor-access:expiry-notice id=checkout-fix-2026-11 -->",
        },
      ],
    });
    expect(json.notices[0].body).toContain("in `engagements/checkout.yaml`.");
  });

  test("none once access has ended", async () => {
    const run = await notices({ "checkout.yaml": stringify(ENGAGEMENT_INPUT) }, "2026-11-29T00:00:00Z");
    expect(JSON.parse(run.stdout).notices).toStrictEqual([]);
  });

  test("invalid input: exit 1 and diagnostics on stdout, so the workflow closes nothing", async () => {
    const run = await notices({ "a.yaml": "id: Bad\n" }, "2026-11-25T09:00:00Z");
    expect(run.code).toBe(1);
    expect(Object.keys(JSON.parse(run.stdout))).toStrictEqual(["diagnostics"]);
  });
});
