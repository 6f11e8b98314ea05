import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import type { StackSettingsInput } from "../engagement/stackSettingsTypes";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { accessChanges } from "./accessChanges";

const ID = "checkout-fix-2026-11";
type Edit = (draft: EngagementInput) => void;
const keep: Edit = () => {};

function plan(edit: Edit = keep, settings: Partial<StackSettingsInput> = {}) {
  return deriveAccessPlan(engagementWith(edit), settingsWith(settings));
}

describe("accessChanges: whole engagements", () => {
  test("a new engagement is added, with every lane and its window", () => {
    expect(accessChanges([], [plan()])).toEqual([
      {
        engagement: ID,
        kind: "added",
        lane: "engagement",
        message:
          "new engagement for Dana Kim <dana@freelance.example>: code: storefront (push) for GitHub user dana-codes; data: masked-orders (masked), read-only; production: read from 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z, approved by cto@acme.example (SHOP-1430); aws: console, access keys rotated every 30 days; shared secrets: stripe-test-key; window 2026-11-24 to 2026-11-28",
      },
    ]);
  });

  test("a new engagement names live datasets as live", () => {
    const head = plan((e) => {
      e.lanes = { data: { datasets: ["masked-orders", "live-orders"] } };
      e.aws = { accessKeys: true };
      e.sharedSecrets = [];
    });
    expect(accessChanges([], [head])).toEqual([
      {
        engagement: ID,
        kind: "added",
        lane: "engagement",
        message:
          "new engagement for Dana Kim <dana@freelance.example>: data: masked-orders (masked), live-orders (live), read-only; aws: access keys rotated every 30 days; window 2026-11-24 to 2026-11-28",
      },
    ]);
  });

  test("an engagement removed from the repository is revoked, and should have stayed as the record", () => {
    expect(accessChanges([plan()], [])).toEqual([
      {
        engagement: ID,
        kind: "removed",
        lane: "engagement",
        message:
          "engagement removed from the repository: every grant to Dana Kim <dana@freelance.example> is revoked at the next pulumi up; an ended engagement should stay in the repository as the record of who had which access until when",
      },
    ]);
  });

  test("the same plans have no changes", () => {
    expect(accessChanges([plan()], [plan()])).toEqual([]);
  });

  test("an id listed twice on one side is refused", () => {
    expect(() => accessChanges([plan(), plan()], [])).toThrow(
      new RangeError('the base lists engagement "checkout-fix-2026-11" twice; validate the engagements first'),
    );
  });
});

test("calendar days count across a DST change, shown in the plan's timezone", () => {
  const berlin = { timezone: "Europe/Berlin" };
  const base = plan((e) => Object.assign(e.window, { start: "2026-10-26" }), berlin);
  const head = plan((e) => Object.assign(e.window, { start: "2026-10-24" }), berlin);
  expect(accessChanges([base], [head])).toEqual([
    {
      engagement: ID,
      kind: "extended",
      lane: "window",
      message: "window extended: starts 2026-10-24 instead of 2026-10-26 (+2 days)",
    },
    // An earlier start brings the unrecorded first-week review's deadline, and so the end, forward.
    {
      engagement: ID,
      kind: "shortened",
      lane: "window",
      message:
        "access ends 2026-11-03 23:59 (first-week review due 2026-10-31 not recorded) instead of 2026-11-05 23:59 (first-week review due 2026-11-02 not recorded)",
    },
  ]);
});

test("changes are ordered by engagement id, then lane, then name", () => {
  const other = plan((e) => Object.assign(e, { id: "audit-2026", lanes: { data: { datasets: ["masked-orders"] } } }));
  const head = plan((e) => {
    e.sharedSecrets = [];
    e.aws = { console: false, accessKeys: true };
    e.lanes = {
      production: { ...e.lanes.production, access: "operate" } as typeof e.lanes.production,
      data: { datasets: ["live-orders"] },
      code: { repositories: [{ name: "storefront", permission: "push" }, { name: "billing" }, { name: "api" }] },
    };
    e.window.end = "2026-11-29";
    e.owner.email = "priya.raman@acme.example";
  });
  expect(accessChanges([plan(), other], [head]).map(({ engagement, lane, kind }) => [engagement, lane, kind])).toEqual([
    ["audit-2026", "engagement", "removed"],
    [ID, "engagement", "changed"],
    [ID, "window", "extended"],
    [ID, "code", "added"],
    [ID, "code", "added"],
    [ID, "data", "added"],
    [ID, "data", "removed"],
    [ID, "production", "widened"],
    [ID, "aws", "narrowed"],
    [ID, "sharedSecrets", "removed"],
  ]);
  expect(
    accessChanges([plan()], [head])
      .filter((change) => change.lane === "code")
      .map((change) => change.message),
  ).toEqual(["repository api added with pull", "repository billing added with pull"]);
});
