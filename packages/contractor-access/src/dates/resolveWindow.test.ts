import { describe, expect, test } from "vitest";
import { resolveBoundary, resolveWindow } from "./resolveWindow";

describe("resolveWindow", () => {
  test("calendar dates run from 00:00 on the start day to the last millisecond of the end day", () => {
    expect(resolveWindow({ start: "2026-11-24", end: "2026-11-28" }, "UTC")).toEqual({
      start: new Date("2026-11-24T00:00:00.000Z"),
      end: new Date("2026-11-28T23:59:59.999Z"),
    });
  });

  test("calendar dates are read in the stack timezone", () => {
    expect(resolveWindow({ start: "2026-11-24", end: "2026-11-28" }, "Europe/Berlin")).toEqual({
      start: new Date("2026-11-23T23:00:00.000Z"),
      end: new Date("2026-11-28T22:59:59.999Z"),
    });
  });

  test("a day with a daylight-saving change is 23 hours long", () => {
    const window = resolveWindow({ start: "2026-03-29", end: "2026-03-29" }, "Europe/Berlin");
    expect(window.end.getTime() + 1 - window.start.getTime()).toBe(23 * 3600_000);
  });

  test("date-times keep their own offset whatever the timezone", () => {
    expect(resolveWindow({ start: "2026-11-27T14:00:00Z", end: "2026-11-27T17:00:00+01:00" }, "Asia/Tokyo")).toEqual({
      start: new Date("2026-11-27T14:00:00Z"),
      end: new Date("2026-11-27T16:00:00Z"),
    });
  });

  test("a one-day window is valid", () => {
    expect(() => resolveWindow({ start: "2026-11-24", end: "2026-11-24" }, "UTC")).not.toThrow();
  });

  test("a window that ends before it starts is refused", () => {
    expect(() => resolveWindow({ start: "2026-11-28", end: "2026-11-24" }, "UTC")).toThrow(
      new TypeError("End date must be after start date"),
    );
  });

  test("an invalid boundary is refused with its own message", () => {
    expect(() => resolveBoundary("2026-02-30", "start", "UTC")).toThrow('"2026-02-30" is not a real calendar date');
  });
});
