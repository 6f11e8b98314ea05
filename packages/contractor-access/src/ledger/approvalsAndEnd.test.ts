import { describe, expect, test } from "vitest";
import { settingsWith, validatedWith } from "../testing/fixtures";
import { accessEnd } from "./approvalsAndEnd";

// The fixture's window is 2026-11-24 to 2026-11-28 (UTC), shorter than the first-week review.
const AFTER = new Date("2026-12-31T00:00:00Z");

describe("accessEnd: the ledger's end of access is the plan's own, or the removal if earlier", () => {
  test("the window's end", () => {
    expect(accessEnd(validatedWith("checkout-fix-2026-11").plan, undefined, AFTER)).toStrictEqual({
      at: "2026-11-28T23:59:59Z",
      reason: "window",
      ended: true,
    });
  });

  test("a revocation ends it earlier, as the IAM Deny does", () => {
    const revoked = validatedWith(
      "checkout-fix-2026-11",
      (e) => {
        e.revoked = { at: "2026-11-26T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" };
      },
      settingsWith(),
    );
    expect(accessEnd(revoked.plan, undefined, AFTER)).toStrictEqual({
      at: "2026-11-26T10:30:00Z",
      reason: "revoked",
      ended: true,
    });
  });

  test("the commit that removed the file, when it came first", () => {
    const removedAt = new Date("2026-11-25T09:00:00Z");
    expect(
      accessEnd(validatedWith("checkout-fix-2026-11").plan, removedAt, new Date("2026-11-25T08:00:00Z")),
    ).toStrictEqual({
      at: "2026-11-25T09:00:00Z",
      reason: "removed",
      ended: false,
    });
  });
});
