import { beforeAll, describe, expect, test } from "vitest";
import { keyRotationPeriod } from "../packages/contractor-access/src/component/keyRotationPeriod";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { fakeId } from "../packages/contractor-access/src/preview/fakeState";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "./support/declareUnderMocks";
import { logicalName } from "./support/invariants";
import type { Recorder } from "./support/recorder";
import { TYPES } from "./support/types";

// Child names must come from stable keys: if a name depended on a list
// position, reordering the repositories in a pull request would replace
// grants (delete and recreate) instead of changing nothing.

const NOW = new Date("2026-11-25T00:00:00Z");

/** The fixture, with its own id and contractor so each variant stands alone, and the given repositories. */
function variant(id: string, contractor: string, repositories: readonly string[]): EngagementInput {
  return {
    ...structuredClone(ENGAGEMENT_INPUT),
    id,
    contractor: { name: contractor, email: `${contractor}@freelance.example`, github: `${contractor}-codes` },
    lanes: {
      ...structuredClone(ENGAGEMENT_INPUT.lanes),
      code: { repositories: repositories.map((name) => ({ name, permission: "push" as const })) },
    },
  };
}

let stack: Recorder;

beforeAll(async () => {
  stack = await declareUnderMocks(
    [
      { name: "order-a", engagement: variant("order-a-2026", "ada", ["storefront", "payments-api", "docs"]) },
      { name: "order-b", engagement: variant("order-b-2026", "ben", ["docs", "storefront", "payments-api"]) },
      { name: "order-c", engagement: variant("order-c-2026", "cy", ["storefront", "payments-api", "docs", "search"]) },
    ],
    { settings: SETTINGS_INPUT, now: NOW },
  );
});

/** Every descendant of component `name` as `type::name`, with the component's name prefix stripped. */
function childrenOf(name: string): string[] {
  const urn = stack.find(TYPES.engagement, name).urn;
  return stack
    .descendantsOf(urn)
    .map((resource) => logicalName({ ...resource, name: resource.name.slice(name.length) }))
    .sort();
}

/** Team repository grants of component `name`: stripped logical name → inputs, each checked to be on its own team. */
function grantsOf(name: string): Record<string, unknown> {
  const urn = stack.find(TYPES.engagement, name).urn;
  const ownTeamId = fakeId(TYPES.team, `${name}-team`, {});
  const grants = stack.descendantsOf(urn).filter((resource) => resource.type === TYPES.teamRepository);
  return Object.fromEntries(
    grants.map(({ name: grant, inputs: { teamId, ...inputs } }) => {
      expect(teamId).toBe(ownTeamId);
      return [grant.slice(name.length), inputs];
    }),
  );
}

test("reordering the repositories declares the same grants under the same names", () => {
  expect(grantsOf("order-a")).toEqual({
    "-repo-storefront": { repository: "storefront", permission: "push" },
    "-repo-payments-api": { repository: "payments-api", permission: "push" },
    "-repo-docs": { repository: "docs", permission: "push" },
  });
  expect(grantsOf("order-b")).toEqual(grantsOf("order-a"));
  expect(childrenOf("order-b")).toEqual(childrenOf("order-a"));
});

test("adding a repository adds exactly one resource, its grant", () => {
  const before = childrenOf("order-a");
  const after = childrenOf("order-c");
  expect(after).toHaveLength(before.length + 1);
  expect(after.filter((child) => !before.includes(child))).toEqual([`${TYPES.teamRepository}::-repo-search`]);
  expect(before.filter((child) => !after.includes(child))).toEqual([]);
});

test("the access key's name carries the rotation period's first day", () => {
  const period = keyRotationPeriod(new Date("2026-11-24T00:00:00Z"), NOW, 30, "UTC");
  expect(period.label).toBe("2026-11-24");
  const keys = stack.ofType(TYPES.accessKey).filter((key) => key.name.startsWith("order-a-"));
  expect(keys.map((key) => key.name)).toEqual([`order-a-key-${period.label}`]);
  expect(keys[0]?.name).toBe("order-a-key-2026-11-24");
});

describe("keyRotationPeriod: the label changes exactly when a new period starts", () => {
  const start = new Date("2026-11-24T00:00:00Z");
  const second = new Date(start.getTime() + 30 * 86_400_000);

  test.each([
    ["at the start", start, 0, "2026-11-24"],
    ["one second before 30 days", new Date(second.getTime() - 1_000), 0, "2026-11-24"],
    ["at 30 days", second, 1, "2026-12-24"],
    ["before the start (first period)", new Date("2026-11-01T00:00:00Z"), 0, "2026-11-24"],
  ] as const)("%s", (_, now, index, label) => {
    expect(keyRotationPeriod(start, now, 30, "UTC")).toEqual({
      index,
      start: index === 0 ? start : second,
      label,
    });
  });

  test("in a timezone with DST, the period starts at local midnight even when the clocks changed in between", () => {
    // Europe/Berlin leaves summer time on 2026-10-25: 30 local days after 2026-10-01 00:00 (UTC+2)
    // is 2026-10-31 00:00 (UTC+1), which is 23:00 UTC, not 22:00 UTC.
    const berlinStart = new Date("2026-09-30T22:00:00Z");
    const at = (iso: string) => keyRotationPeriod(berlinStart, new Date(iso), 30, "Europe/Berlin").label;
    expect(at("2026-10-30T22:59:59Z")).toBe("2026-10-01");
    expect(at("2026-10-30T23:00:00Z")).toBe("2026-10-31");
  });
});
