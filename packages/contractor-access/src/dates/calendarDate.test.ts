import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { calendarDate } from "./calendarDate";

describe("calendarDate", () => {
  it("is the day in the zone, as date-fns formats it", () => {
    const instant = new Date("2026-11-28T23:30:00Z");
    expect(calendarDate(instant, "Europe/Berlin")).toBe("2026-11-29");
    expect(calendarDate(instant, "UTC")).toBe("2026-11-28");
    expect(calendarDate(instant, "America/Los_Angeles")).toBe(
      format(instant, "yyyy-MM-dd", { in: tz("America/Los_Angeles") }),
    );
  });

  it("answers again the same for the same instant and zone", () => {
    const instant = new Date("2026-03-29T01:00:00Z");
    expect(calendarDate(instant, "Europe/Berlin")).toBe("2026-03-29");
    expect(calendarDate(new Date(instant.getTime()), "Europe/Berlin")).toBe("2026-03-29");
  });

  it("refuses an invalid instant, every time", () => {
    expect(() => calendarDate(new Date(Number.NaN), "UTC")).toThrow(RangeError);
    expect(() => calendarDate(new Date(Number.NaN), "UTC")).toThrow(RangeError);
  });
});
