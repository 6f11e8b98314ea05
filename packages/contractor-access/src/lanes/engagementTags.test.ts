import { expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { deriveAccessPlan } from "./deriveAccessPlan";
import { engagementTags } from "./engagementTags";

test("tags name the engagement, owner, ticket and end instant", () => {
  expect(engagementTags(deriveAccessPlan(engagementWith(), settingsWith()))).toEqual({
    "contractor-access:engagement": "checkout-fix-2026-11",
    "contractor-access:owner": "priya@acme.example",
    "contractor-access:ticket": "SHOP-1423",
    "contractor-access:ends": "2026-11-28T23:59:59Z",
  });
});

test("characters AWS refuses in tag values are transliterated or replaced, and values are cut at 256", () => {
  const plan = deriveAccessPlan(
    engagementWith((e) => {
      e.ticket = `#1423 – “urgent” ${"x".repeat(300)}`;
    }),
    settingsWith(),
  );
  const ticket = engagementTags(plan)["contractor-access:ticket"] ?? "";
  expect(ticket.startsWith("-1423 - -urgent- xxx")).toBe(true);
  expect(ticket).toHaveLength(256);
});
