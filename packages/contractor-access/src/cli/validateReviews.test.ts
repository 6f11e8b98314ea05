import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import type { EngagementInput } from "../engagement/engagementTypes";
import { ENGAGEMENT_INPUT } from "../testing/fixtures";
import { tempStack } from "../testing/tempStack";
import { runMain } from "./runMain.testing";

// Validation runs at CONTRACTOR_ACCESS_AT (or the clock): the instant is an
// input, so "in the future" is tested at a fixed day. The fixture's window is
// 2026-11-24 to 2026-11-28, UTC.
const TODAY = { CONTRACTOR_ACCESS_AT: "2026-11-26T12:00:00Z" };

async function validate(change: (draft: Record<string, unknown>) => void) {
  const draft = structuredClone(ENGAGEMENT_INPUT) as EngagementInput as unknown as Record<string, unknown>;
  change(draft);
  const stack = await tempStack({ "checkout.yaml": stringify(draft) });
  const run = await runMain(["validate", "--engagements", stack.engagements, "--config", stack.config], TODAY);
  const lines = run.stderr.replaceAll(`${stack.root}/`, "").trim().split("\n");
  return { code: run.code, problems: lines.filter((line) => line.startsWith("engagements/")) };
}

const review = (fields: Record<string, unknown>) => ({
  date: "2026-11-25",
  by: "priya@acme.example",
  decision: "keep",
  ...fields,
});

describe("bad reviews and revocations are refused naming the file and the field, exit 1", () => {
  test.each([
    [
      "a review by the contractor",
      { reviews: [review({ by: "dana@freelance.example" })] },
      "engagements/checkout.yaml: reviews[0].by: dana@freelance.example is the contractor's own email; a review keeps or ends access, so an employee who answers for it records it, never the contractor",
    ],
    [
      "a review by someone outside the internal domains",
      { reviews: [review({ by: "pat@agency.example" })] },
      "engagements/checkout.yaml: reviews[0].by: pat@agency.example is not in an internal domain (acme.example); a review keeps or ends access, so an employee who answers for it records it, never the contractor",
    ],
    [
      "a review dated before the start",
      { reviews: [review({ date: "2026-11-20" })] },
      "engagements/checkout.yaml: reviews[0].date: review date 2026-11-20 is before the engagement starts (2026-11-24 in UTC); a review looks at access that exists",
    ],
    [
      "a review dated in the future",
      { reviews: [review({ date: "2026-11-27" })] },
      "engagements/checkout.yaml: reviews[0].date: review date 2026-11-27 is in the future (today is 2026-11-26 in UTC); record a review on the day it happens or after, since a future date would keep access without anyone looking",
    ],
    [
      "an unknown decision",
      { reviews: [review({ decision: "extend" })] },
      "engagements/checkout.yaml: reviews[0].decision: must be one of keep, narrow, end",
    ],
    [
      "revoked.at without an offset",
      { revoked: { at: "2026-11-26T10:30:00", by: "priya@acme.example", reason: "Laptop stolen" } },
      'engagements/checkout.yaml: revoked.at: "2026-11-26T10:30:00" has a time but no UTC offset; add "Z" or an offset such as "+01:00"',
    ],
    [
      "revoked.at as a date",
      { revoked: { at: "2026-11-26", by: "priya@acme.example", reason: "Laptop stolen" } },
      'engagements/checkout.yaml: revoked.at: "2026-11-26" is a date; give the instant access ends, with an offset, such as 2026-11-26T15:00:00Z',
    ],
    [
      "revoked.at outside the window",
      { revoked: { at: "2026-11-29T00:00:00Z", by: "priya@acme.example", reason: "Laptop stolen" } },
      "engagements/checkout.yaml: revoked.at: revoked.at 2026-11-29T00:00:00Z is outside the window (2026-11-24 to 2026-11-28 in UTC); access outside it is already denied, so a revocation there would record an end that never happened",
    ],
  ])("%s", async (_what, fields, problem) => {
    const { code, problems } = await validate((draft) => Object.assign(draft, fields));
    expect({ code, problems }).toStrictEqual({ code: 1, problems: [problem] });
  });

  test("a review recorded today by the owner is valid", async () => {
    const { code, problems } = await validate((draft) =>
      Object.assign(draft, { reviews: [review({ date: "2026-11-26" })] }),
    );
    expect({ code, problems }).toStrictEqual({ code: 0, problems: [] });
  });
});
