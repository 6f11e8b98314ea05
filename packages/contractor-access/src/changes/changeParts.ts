import { compareText } from "../text/compareText";
import type { AccessChange } from "./accessChange";

/** A change before it is tagged with its engagement. */
export type Change = Omit<AccessChange, "engagement">;

/**
 * A value replaced by another, neither wider nor narrower: one `changed`
 * change, or none when it stayed the same.
 *
 * @example
 * changed("engagement", "owner", "a", "b"); // [{ kind: "changed", lane: "engagement", message: "owner changed: b instead of a" }]
 */
export function changed(lane: AccessChange["lane"], what: string, before: string, after: string): Change[] {
  return before === after ? [] : [{ kind: "changed", lane, message: `${what} changed: ${after} instead of ${before}` }];
}

/**
 * Named grants on both sides, split into added, removed and kept (as
 * base/head pairs), each sorted by name so the output is deterministic.
 *
 * @example
 * matchByName([{ name: "a" }, { name: "b" }], [{ name: "b" }, { name: "c" }]);
 * // { added: [{ name: "c" }], removed: [{ name: "a" }], kept: [[{ name: "b" }, { name: "b" }]] }
 */
export function matchByName<T extends { readonly name: string }>(
  base: readonly T[],
  head: readonly T[],
): { added: T[]; removed: T[]; kept: [T, T][] } {
  const byName = (a: T, b: T) => compareText(a.name, b.name);
  const baseNames = new Map(base.map((item) => [item.name, item]));
  const headNames = new Set(head.map((item) => item.name));
  return {
    added: head.filter((item) => !baseNames.has(item.name)).sort(byName),
    removed: base.filter((item) => !headNames.has(item.name)).sort(byName),
    kept: head
      .filter((item) => baseNames.has(item.name))
      .sort(byName)
      .map((item): [T, T] => [baseNames.get(item.name) as T, item]),
  };
}
