import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { engagementStatus } from "./engagementStatus";
import { resolveWindow } from "./resolveWindow";

const window = resolveWindow({ start: "2026-11-24", end: "2026-11-28" }, "UTC");

describe("engagementStatus", () => {
  test.each([
    ["2026-11-23T23:59:59.999Z", "upcoming"],
    ["2026-11-24T00:00:00.000Z", "active"],
    ["2026-11-26T12:00:00.000Z", "active"],
    ["2026-11-28T23:59:59.999Z", "active"],
    ["2026-11-29T00:00:00.000Z", "ended"],
  ])("at %s the engagement is %s", (now, status) => {
    expect(engagementStatus(window, new Date(now))).toBe(status);
  });

  test("property: for any window, the edges are inclusive and one millisecond outside is not", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 365 * 24 * 3600_000 }),
        (start, length) => {
          const any = { start, end: new Date(start.getTime() + length) };
          expect(engagementStatus(any, new Date(start.getTime() - 1))).toBe("upcoming");
          expect(engagementStatus(any, any.start)).toBe("active");
          expect(engagementStatus(any, any.end)).toBe("active");
          expect(engagementStatus(any, new Date(any.end.getTime() + 1))).toBe("ended");
        },
      ),
    );
  });
});
