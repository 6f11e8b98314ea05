import { parseDocument } from "yaml";
import type { RevocationRecord } from "../engagement/engagementTypes";

/**
 * Writes `revoked: { at, by, reason }` into the text of a YAML engagement
 * file and returns the new text. It edits the parsed document rather than
 * re-serialising the data, so that comments, key order and layout survive:
 * the file is the record a reviewer reads in the pull request, and the diff
 * must show only the revocation.
 *
 * @throws {RangeError} when the text is not a YAML mapping, or already records a revocation.
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
  document.setIn(["revoked"], document.createNode({ at: revocation.at, by: revocation.by, reason: revocation.reason }));
  return document.toString();
}
