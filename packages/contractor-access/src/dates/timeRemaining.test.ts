import { describe, expect, test } from "vitest";
import { resolveWindow } from "./resolveWindow";
import { timeRemaining } from "./timeRemaining";

const window = resolveWindow({ start: "2026-11-24", end: "2026-11-28" }, "UTC");

describe("timeRemaining", () => {
  test("counts to the last instant of the end day", () => {
    expect(timeRemaining(window, new Date("2026-11-25T00:00:00Z"))).toEqual({
      milliseconds: 4 * 24 * 3600_000 - 1,
      duration: { days: 3, hours: 23, minutes: 59, seconds: 59 },
      words: "3 days 23 hours 59 minutes",
    });
  });

  test("says less than a minute in the last minute", () => {
    expect(timeRemaining(window, new Date("2026-11-28T23:59:30Z")).words).toBe("less than a minute");
  });

  test("is zero and says ended one millisecond after the end", () => {
    expect(timeRemaining(window, new Date("2026-11-29T00:00:00Z"))).toEqual({
      milliseconds: 0,
      duration: {},
      words: "ended",
    });
  });
});
