import { expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import type { StackSettingsInput } from "../engagement/stackSettingsTypes";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { engagementWith, settingsWith } from "../testing/fixtures";
import type { AccessChange } from "./accessChange";
import { accessChanges } from "./accessChanges";

/** A change to the example engagement. */
export type Edit = (draft: EngagementInput) => void;
/** Overrides of the example stack settings. */
export type Settings = Partial<StackSettingsInput>;
/** One table row: the example engagement edited two ways, and the exact changes from base to head. */
export type Row = [
  name: string,
  base: Edit,
  head: Edit,
  expected: Omit<AccessChange, "engagement">[],
  headSettings?: Settings,
];

/** Leaves the example engagement as it is. */
export const keep: Edit = () => {};

/** Runs a table of rows: each compares the example edited as `base` with it edited as `head`. */
export function testChangeRows(rows: readonly Row[]): void {
  test.each(rows)("accessChanges: %s", (_name, base, head, expected, headSettings = {}) => {
    const changes = accessChanges(
      [deriveAccessPlan(engagementWith(base), settingsWith())],
      [deriveAccessPlan(engagementWith(head), settingsWith(headSettings))],
    );
    expect(changes).toEqual(expected.map((change) => ({ engagement: "checkout-fix-2026-11", ...change })));
  });
}
