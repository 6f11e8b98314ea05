import { describe, expect, test } from "vitest";
import { resolveWindow } from "./resolveWindow";
import { durationWords, timeRemaining } from "./timeRemaining";

const window = resolveWindow({ start: "2026-11-24", end: "2026-11-28" }, "UTC");

describe("timeRemaining", () => {
  test("counts to the last instant of the end day, and says it rounded to one unit", () => {
    expect(timeRemaining(window, new Date("2026-11-25T00:00:00Z"))).toEqual({
      milliseconds: 4 * 24 * 3600_000 - 1,
      duration: { days: 3, hours: 23, minutes: 59, seconds: 59 },
      words: "4 days",
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

describe("durationWords: one unit, rounded, as a person reads it", () => {
  const from = new Date("2026-11-01T00:00:00Z");
  const after = (minutes: number) => new Date(from.getTime() + minutes * 60_000);
  test.each([
    [0.5, "less than a minute"],
    [1, "1 minute"],
    [59, "59 minutes"],
    [60, "1 hour"],
    [5 * 60 + 29, "5 hours"],
    [47 * 60 + 59, "48 hours"],
    [48 * 60, "2 days"],
    [10 * 24 * 60 - 1, "10 days"],
    [57 * 24 * 60 + 12 * 60 + 59, "58 days"],
  ])("%s minutes: %s", (minutes, words) => {
    expect(durationWords(from, after(minutes))).toBe(words);
  });
});
