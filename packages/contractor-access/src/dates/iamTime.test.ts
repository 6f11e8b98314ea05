import { expect, test } from "vitest";
import { iamTime } from "./iamTime";

test.each([
  ["2026-11-28T23:59:59.999Z", "2026-11-28T23:59:59Z"],
  ["2026-11-24T00:00:00.000Z", "2026-11-24T00:00:00Z"],
  ["2026-11-23T23:00:00.000Z", "2026-11-23T23:00:00Z"],
])("iamTime(%s) is %s at whole seconds in UTC", (instant, expected) => {
  expect(iamTime(new Date(instant))).toBe(expected);
});
