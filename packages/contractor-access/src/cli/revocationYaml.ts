import { isDeepStrictEqual } from "node:util";
import { parseDocument, stringify } from "yaml";
import type { RevocationRecord } from "../engagement/engagementTypes";
import { parseYamlDocument } from "../loading/parseYamlDocument";

/** The value a text reads as, the way the stack reads engagement files. */
function readsAs(text: string, expected: unknown): boolean {
  const read = parseYamlDocument(text);
  return read.ok && isDeepStrictEqual(read.value, expected);
}

/**
 * Writes `revoked: { at, by, reason }` into the text of a YAML engagement
 * file and returns the new text. The file is the record a reviewer reads in
 * the pull request, so the diff must show only the revocation: the block is
 * appended, in the file's own line endings, and everything written before it
 * stays byte for byte (comments, folding, quoting). Where appending cannot
 * extend the mapping (a flow mapping `{ ... }`, say), the parsed document is
 * edited instead, which keeps comments and key order.
 *
 * Either text is read back as the stack reads engagement files, and returned
 * only if it reads as the old data plus the revocation: a revocation is never
 * written in a form the stack would read otherwise.
 *
 * @throws {RangeError} when the text is not a YAML mapping, already has a
 *   `revoked` entry, or would not read back as itself plus the revocation.
 * @example
 * withRevocation("id: checkout-fix\n# the fix\nwindow: { start: 2026-11-24, end: 2026-12-05 }\n", {
 *   at: "2026-11-26T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen",
 * });
 * // "id: checkout-fix\n# the fix\nwindow: { start: 2026-11-24, end: 2026-12-05 }\nrevoked:\n  at: 2026-11-26T10:30:00Z\n  by: priya@acme.example\n  reason: Laptop stolen\n"
 */
export function withRevocation(text: string, revocation: RevocationRecord): string {
  const read = parseYamlDocument(text);
  if (!read.ok) throw new RangeError(read.message);
  const contents = read.value;
  if (typeof contents !== "object" || contents === null || Array.isArray(contents)) {
    throw new RangeError("does not hold an engagement mapping");
  }
  if ("revoked" in contents) {
    const { revoked } = contents;
    const at =
      typeof revoked === "object" && revoked !== null && Object.hasOwn(revoked, "at")
        ? (revoked as { at: unknown }).at
        : undefined;
    throw new RangeError(
      at === undefined
        ? "already has a revoked entry without at; a revocation is written once: complete or remove it by hand"
        : `already records a revocation at ${String(at)}; a revocation is written once`,
    );
  }
  const revoked = { at: revocation.at, by: revocation.by, reason: revocation.reason };
  const expected = { ...contents, revoked };
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? "\n";
  const appended = `${text}${/[\r\n]$/.test(text) ? "" : eol}${stringify({ revoked }).replaceAll("\n", eol)}`;
  if (readsAs(appended, expected)) return appended;
  const document = parseDocument(text);
  document.setIn(["revoked"], document.createNode(revoked));
  const edited = document.toString();
  if (readsAs(edited, expected)) return edited;
  throw new RangeError(
    "would not read back as itself plus the revocation, so it was not rewritten; add the revocation by hand",
  );
}
