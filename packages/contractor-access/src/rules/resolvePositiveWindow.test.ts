import { describe, expect, test } from "vitest";
import { resolvePositiveWindow } from "./resolvePositiveWindow";

describe("resolvePositiveWindow", () => {
  test("resolves dates in the timezone, both ends inclusive", () => {
    expect(resolvePositiveWindow({ start: "2026-11-24", end: "2026-11-28" }, "Europe/Berlin")).toEqual({
      start: new Date("2026-11-23T23:00:00.000Z"),
      end: new Date("2026-11-28T22:59:59.999Z"),
    });
  });

  test.each([
    ["ends before it starts", "2026-11-24", "2026-11-20"],
    ["ends at the instant it starts", "2026-11-24T09:00:00Z", "2026-11-24T09:00:00Z"],
  ])("is undefined when the window %s", (_, start, end) => {
    expect(resolvePositiveWindow({ start, end }, "UTC")).toBeUndefined();
  });
});
