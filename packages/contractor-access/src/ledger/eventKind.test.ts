import { describe, expect, test } from "vitest";
import type { AccessChange } from "../changes/accessChange";
import { ledgerEventKind } from "./eventKind";

type Change = Pick<AccessChange, "kind" | "lane">;

describe("ledgerEventKind: the most significant kind of one engagement's changes in one commit", () => {
  test.each<readonly [string, readonly Change[], string]>([
    ["a new engagement", [{ kind: "added", lane: "engagement" }], "requested"],
    ["a removed file", [{ kind: "removed", lane: "engagement" }], "revoked"],
    ["a repository added", [{ kind: "added", lane: "code" }], "widened"],
    ["a dataset removed", [{ kind: "removed", lane: "data" }], "narrowed"],
    ["a permission raised", [{ kind: "widened", lane: "code" }], "widened"],
    ["an end moved later", [{ kind: "extended", lane: "window" }], "extended"],
    ["an end moved earlier", [{ kind: "shortened", lane: "window" }], "shortened"],
    ["the owner changed", [{ kind: "changed", lane: "engagement" }], "changed"],
    [
      "narrowed and extended at once: the extension is what an auditor looks for",
      [
        { kind: "removed", lane: "data" },
        { kind: "extended", lane: "window" },
      ],
      "extended",
    ],
    [
      "widened and shortened at once",
      [
        { kind: "shortened", lane: "window" },
        { kind: "added", lane: "production" },
      ],
      "widened",
    ],
    [
      "an end decision taken back and a later revocation recorded at once: access runs on, so extended",
      [
        { kind: "extended", lane: "engagement" },
        { kind: "revoked", lane: "engagement" },
      ],
      "extended",
    ],
    ["a revocation recorded", [{ kind: "revoked", lane: "engagement" }], "revoked"],
  ])("%s: %s", (_what, changes, expected) => {
    expect(ledgerEventKind(changes)).toBe(expected);
  });
});
