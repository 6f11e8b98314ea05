import { expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { engagementWith, settingsWith } from "../testing/fixtures";
import type { AccessChange } from "./accessChange";
import { accessChanges } from "./accessChanges";

const ID = "checkout-fix-2026-11";
type Edit = (draft: EngagementInput) => void;
const keep: Edit = () => {};
const plan = (edit: Edit) => deriveAccessPlan(engagementWith(edit), settingsWith());

type Row = [name: string, base: Edit, head: Edit, expected: Omit<AccessChange, "engagement">[]];

const ROWS: Row[] = [
  [
    "contractor email",
    keep,
    (e) => Object.assign(e.contractor, { email: "dana@kim.example" }),
    [
      {
        kind: "changed",
        lane: "engagement",
        message: "contractor email changed: dana@kim.example instead of dana@freelance.example",
      },
    ],
  ],
  [
    "contractor GitHub username",
    keep,
    (e) => Object.assign(e.contractor, { github: "dana-kim" }),
    [
      {
        kind: "changed",
        lane: "engagement",
        message: "contractor GitHub username changed: dana-kim instead of dana-codes",
      },
    ],
  ],
  [
    "owner",
    keep,
    (e) => Object.assign(e, { owner: { name: "Sam Okafor", email: "sam@acme.example" } }),
    [
      {
        kind: "changed",
        lane: "engagement",
        message: "owner changed: Sam Okafor <sam@acme.example> instead of Priya Raman <priya@acme.example>",
      },
    ],
  ],
];

test.each(ROWS)("accessChanges: %s", (_name, base, head, expected) => {
  expect(accessChanges([plan(base)], [plan(head)])).toEqual(expected.map((change) => ({ engagement: ID, ...change })));
});
