import { describe, expect, test } from "vitest";
import { keyRotationPeriod } from "./keyRotationPeriod";

const start = new Date("2026-11-24T00:00:00Z");

describe("keyRotationPeriod", () => {
  test.each([
    ["before the start", "2026-11-20T00:00:00Z", 0, "2026-11-24"],
    ["at the start", "2026-11-24T00:00:00Z", 0, "2026-11-24"],
    ["the last second of the first period", "2026-12-23T23:59:59Z", 0, "2026-11-24"],
    ["the first instant of the second period", "2026-12-24T00:00:00Z", 1, "2026-12-24"],
    ["inside the third period", "2027-02-01T12:00:00Z", 2, "2027-01-23"],
  ])("%s", (_name, now, index, label) => {
    const period = keyRotationPeriod(start, new Date(now), 30, "UTC");
    expect({ index: period.index, label: period.label }).toEqual({ index, label });
  });

  test("periods are calendar days in the stack timezone, across a DST change", () => {
    const berlinStart = new Date("2026-03-01T00:00:00+01:00");
    const period = keyRotationPeriod(berlinStart, new Date("2026-04-01T00:30:00+02:00"), 31, "Europe/Berlin");
    expect(period).toEqual({ index: 1, start: new Date("2026-04-01T00:00:00+02:00"), label: "2026-04-01" });
  });

  test("refuses a rotation that is not a positive whole number of days", () => {
    expect(() => keyRotationPeriod(start, start, 0, "UTC")).toThrow(
      "keyRotationDays must be a positive whole number, got 0",
    );
  });
});
