import { isDeepStrictEqual } from "node:util";
import { parseDocument } from "yaml";
import type { RevocationRecord } from "../engagement/engagementTypes";
import { parseYamlDocument } from "../loading/parseYamlDocument";

/**
 * Writes `revoked: { at, by, reason }` into the text of a YAML engagement
 * file and returns the new text. It edits the parsed document rather than
 * re-serialising the data, so that comments, key order and layout survive:
 * the file is the record a reviewer reads in the pull request, and the diff
 * must show only the revocation.
 *
 * The new text is read back as the stack reads engagement files (js-yaml, while
 * this edit uses yaml's document model): it must read as the old data plus the
 * revocation, or nothing is returned, so a revocation is never written in a
 * form the stack would read otherwise.
 *
 * @throws {RangeError} when the text is not a YAML mapping, already records a
 *   revocation, or would not read back with the revocation and nothing else changed.
 * @example
 * withRevocation("id: checkout-fix\n# the fix\nwindow: { start: 2026-11-24, end: 2026-12-05 }\n", {
 *   at: "2026-11-26T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen",
 * });
 * // "id: checkout-fix\n# the fix\nwindow: { start: 2026-11-24, end: 2026-12-05 }\nrevoked:\n  at: 2026-11-26T10:30:00Z\n  by: priya@acme.example\n  reason: Laptop stolen\n"
 */
export function withRevocation(text: string, revocation: RevocationRecord): string {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new RangeError(`is not valid YAML: ${document.errors[0]?.message}`);
  const contents = document.toJS() as unknown;
  if (typeof contents !== "object" || contents === null || Array.isArray(contents)) {
    throw new RangeError("does not hold an engagement mapping");
  }
  const existing = document.getIn(["revoked", "at"]);
  if (existing !== undefined) {
    throw new RangeError(`already records a revocation at ${String(existing)}; a revocation is written once`);
  }
  const revoked = { at: revocation.at, by: revocation.by, reason: revocation.reason };
  document.setIn(["revoked"], document.createNode(revoked));
  const written = document.toString();
  const readBack = parseYamlDocument(written);
  if (!readBack.ok || !isDeepStrictEqual(readBack.value, { ...contents, revoked })) {
    throw new RangeError(
      "would not read back as itself plus the revocation (the stack reads YAML 1.2; remove any %YAML directive, custom tags or repeated keys), so it was not rewritten; add the revocation by hand",
    );
  }
  return written;
}
