import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseYamlDocument } from "../loading/parseYamlDocument";
import { withRevocation } from "./revocationYaml";

const REVOCATION = { at: "2026-11-26T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" };
const BLOCK = "revoked:\n  at: 2026-11-26T10:30:00Z\n  by: priya@acme.example\n  reason: Laptop stolen\n";

describe("withRevocation: the diff is the revocation, and it reads back", () => {
  test("appended after everything as written: comments, folded and long lines stay byte for byte", () => {
    const text = `# Dana's checkout fix\nid: checkout-fix\ntask: >-\n  Fix the payment step\n  on mobile devices\nnote: ${"word ".repeat(30).trim()}\n# end\n`;
    expect(withRevocation(text, REVOCATION)).toBe(`${text}${BLOCK}`);
  });

  test("in the file's own line endings, with the last line ended first", () => {
    expect(withRevocation("id: a\r\ntask: b\r\n", REVOCATION)).toBe(
      `id: a\r\ntask: b\r\n${BLOCK.replaceAll("\n", "\r\n")}`,
    );
    expect(withRevocation("id: a\ntask: b", REVOCATION)).toBe(`id: a\ntask: b\n${BLOCK}`);
  });

  test("a flow mapping, which appending cannot extend, is edited in place", () => {
    const written = withRevocation("{ id: a, task: b }\n", REVOCATION);
    expect(parseYamlDocument(written)).toEqual({ ok: true, value: { id: "a", task: "b", revoked: REVOCATION } });
  });

  test("property: any reason reads back exactly, and the old text is untouched", () => {
    fc.assert(
      fc.property(fc.string(), (reason) => {
        const written = withRevocation("id: a\n", { ...REVOCATION, reason });
        expect(written.startsWith("id: a\n")).toBe(true);
        expect(parseYamlDocument(written)).toEqual({
          ok: true,
          value: { id: "a", revoked: { ...REVOCATION, reason } },
        });
      }),
    );
  });

  test.each([
    [
      "a second revocation",
      `id: a\n${BLOCK}`,
      "already records a revocation at 2026-11-26T10:30:00Z; a revocation is written once",
    ],
    [
      "a revoked entry without at",
      "id: a\nrevoked: { by: sam@acme.example }\n",
      "already has a revoked entry without at; a revocation is written once: complete or remove it by hand",
    ],
    [
      "a revoked entry that is a list",
      "id: a\nrevoked: []\n",
      "already has a revoked entry without at; a revocation is written once: complete or remove it by hand",
    ],
    ["a list", "- id: a\n", "does not hold an engagement mapping"],
    [
      "a key repeated as '1' and 1",
      "id: a\n'1': x\n1: y\n",
      "is not valid YAML at line 3, column 1: duplicated mapping key",
    ],
    [
      "aliases that expand too far",
      `${Array.from({ length: 30 }, (_, index) => (index === 0 ? "l0: &l0 [x, x]" : `l${index}: &l${index} [*l${index - 1}, *l${index - 1}]`)).join("\n")}\n`,
      "is not valid YAML: Excessive alias count indicates a resource exhaustion attack",
    ],
  ])("Noncompliance: %s is refused, nothing written", (_, text, message) => {
    expect(() => withRevocation(text, REVOCATION)).toThrow(new RangeError(message));
  });
});
