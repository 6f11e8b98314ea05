import { describe, expect, test } from "vitest";
import { parseWindowBoundary } from "./parseWindowBoundary";

describe("parseWindowBoundary", () => {
  test.each([
    ["2026-11-24", { kind: "date", year: 2026, month: 11, day: 24 }],
    ["2024-02-29", { kind: "date", year: 2024, month: 2, day: 29 }],
    ["2026-11-27T14:00:00Z", { kind: "instant", instant: new Date("2026-11-27T14:00:00Z") }],
    ["2026-11-27T15:00:00+01:00", { kind: "instant", instant: new Date("2026-11-27T14:00:00Z") }],
    ["2026-11-27T14:00Z", { kind: "instant", instant: new Date("2026-11-27T14:00:00Z") }],
    ["2026-11-27T14:00:00.250-05:00", { kind: "instant", instant: new Date("2026-11-27T19:00:00.250Z") }],
  ])("accepts %s", (text, expected) => {
    expect(parseWindowBoundary(text)).toEqual(expected);
  });

  test.each([
    ["2026-02-30", '"2026-02-30" is not a real calendar date'],
    ["2025-02-29", '"2025-02-29" is not a real calendar date'],
    ["2026-13-01", '"2026-13-01" is not a real calendar date'],
    ["2026-11-27T25:00:00Z", '"2026-11-27T25:00:00Z" is not a real date and time'],
    [
      "2026-11-27T14:00:00",
      '"2026-11-27T14:00:00" has a time but no UTC offset; add "Z" or an offset such as "+01:00"',
    ],
    [
      "next tuesday",
      '"next tuesday" is neither a date (YYYY-MM-DD) nor a date-time with an offset (YYYY-MM-DDTHH:MM:SSZ)',
    ],
    ["27/11/2026", '"27/11/2026" is neither a date (YYYY-MM-DD) nor a date-time with an offset (YYYY-MM-DDTHH:MM:SSZ)'],
  ])("refuses %s", (text, message) => {
    expect(() => parseWindowBoundary(text)).toThrow(new RangeError(message));
  });
});
