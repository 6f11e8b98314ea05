import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { revocationInsideWindow } from "./revocationInsideWindow";

// The fixture's window: 2026-11-24T00:00:00Z to 2026-11-28T23:59:59.999Z.
const revokedAt = (at: string, by = "priya@acme.example") =>
  engagementWith((e) => {
    e.revoked = { at, by, reason: "Laptop stolen" };
  });

describe("revocationInsideWindow: revoked inside the window, by an employee", () => {
  test.each([["2026-11-24T00:00:00Z"], ["2026-11-26T10:30:00+01:00"], ["2026-11-28T23:59:59Z"]])(
    "Compliance: revoked at %s",
    (at) => {
      expect(revocationInsideWindow.check([revokedAt(at)], settingsWith())).toEqual([]);
    },
  );

  test.each([["2026-11-23T23:59:59Z"], ["2026-11-29T00:00:00Z"], ["2026-11-29T01:30:00+01:00"]])(
    "Noncompliance 1: revoked at %s, outside the window",
    (at) => {
      expect(revocationInsideWindow.check([revokedAt(at)], settingsWith())).toEqual([
        {
          rule: "revocationInsideWindow",
          severity: "error",
          engagementIndex: 0,
          path: ["revoked", "at"],
          message: `revoked.at ${at} is outside the window (2026-11-24 to 2026-11-28 in UTC); access outside it is already denied, so a revocation there would record an end that never happened`,
        },
      ]);
    },
  );

  test("Noncompliance 2: revoked by the contractor", () => {
    expect(
      revocationInsideWindow.check([revokedAt("2026-11-26T10:30:00Z", "dana@freelance.example")], settingsWith()),
    ).toEqual([
      {
        rule: "revocationInsideWindow",
        severity: "error",
        engagementIndex: 0,
        path: ["revoked", "by"],
        message:
          "dana@freelance.example is the contractor's own email; a revocation is recorded by the employee who decided it",
      },
    ]);
  });
});
