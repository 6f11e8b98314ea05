import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse, stringify } from "yaml";
import { MAX_YAML_ALIASES, parseYamlDocument } from "./parseYamlDocument";

describe("parseYamlDocument: one document, read as YAML 1.2's core schema", () => {
  test.each([
    ["id: a\n", { id: "a" }],
    [
      "start: 2026-12-01\nconsole: true\nhours: 4\nnote: yes\nnothing: ~\n",
      {
        start: "2026-12-01",
        console: true,
        hours: 4,
        note: "yes",
        nothing: null,
      },
    ],
    ["a: 0o17\nb: 0x1F\nc: 0b101\nd: 1_000\n", { a: 15, b: 31, c: "0b101", d: "1_000" }],
    ["---\nid: a\n", { id: "a" }],
    // The directive does not bring back YAML 1.1's booleans.
    ["%YAML 1.1\n---\nconsole: yes\n", { console: "yes" }],
  ])("Compliance: %j", (text, value) => {
    expect(parseYamlDocument(text)).toEqual({ ok: true, value });
  });

  test.each([
    ["an empty file", "", "is empty"],
    ["a file of comments", "# nothing yet\n", "is empty"],
    ["two documents", "id: a\n---\nid: b\n", "holds 2 YAML documents; a file holds exactly one"],
    // yaml's words where it sees the problem too: they name the construct.
    [
      "an unclosed flow sequence",
      "id: [unclosed\n",
      "is not valid YAML at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
    ["a repeated key", "id: a\nid: b\n", "is not valid YAML at line 2, column 1: Map keys must be unique"],
    // js-yaml's where yaml would have read on, and a second key would have won unseen.
    ["a key repeated as a number", "'1': a\n1: b\n", "is not valid YAML at line 2, column 1: duplicated mapping key"],
    ["an alias to no anchor", "a: &x 1\nb: *y\n", 'is not valid YAML at line 2, column 5: unidentified alias "y"'],
    ["an unknown tag", "console: !yes true\n", "is not valid YAML at line 1, column 10: unknown scalar tag !<!yes>"],
  ])("Noncompliance: %s", (_, text, message) => {
    expect(parseYamlDocument(text)).toEqual({ ok: false, message });
  });

  test(`more than ${MAX_YAML_ALIASES} aliases are refused before anything walks their expansion`, () => {
    // Each level doubles the last: 30 levels would be a billion strings for the schema to check.
    const levels = Array.from({ length: 60 }, (_, index) =>
      index === 0 ? "l0: &l0 [x, x]" : `l${index}: &l${index} [*l${index - 1}, *l${index - 1}]`,
    );
    const result = parseYamlDocument(`${levels.join("\n")}\n`);
    expect(result).toEqual({
      ok: false,
      message: `is not valid YAML at line 52, column 13: aliases exceeded maxAliases (${MAX_YAML_ALIASES})`,
    });
  });

  // Files are read with js-yaml and written (revocations) and located (annotations) with yaml:
  // whatever yaml writes must read back as yaml reads it (which, for a folded " ", is not always what it wrote).
  const scalar = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "yes",
      "no",
      "on",
      "off",
      "~",
      "null",
      "0o17",
      "0x1F",
      "1e3",
      ".inf",
      "2026-12-01",
      "12:30",
      "- x",
      "#",
    ),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("node")), fc.dictionary(fc.string(), tie("node"))),
  })).node;

  test.each([
    ["block", {}],
    ["flow", { collectionStyle: "flow" as const }],
    ["double-quoted", { defaultStringType: "QUOTE_DOUBLE" as const, defaultKeyType: "PLAIN" as const }],
    ["folded", { defaultStringType: "BLOCK_FOLDED" as const }],
  ])("property: what yaml writes in %s style reads back as yaml reads it", (_, options) => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), value), (document) => {
        const text = stringify(document, options);
        expect(parseYamlDocument(text)).toEqual({ ok: true, value: parse(text) });
      }),
    );
  });

  test("property: a document yaml writes in its default style, as a revocation is written, reads back unchanged", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), value), (document) => {
        expect(parseYamlDocument(stringify(document))).toEqual({ ok: true, value: document });
      }),
    );
  });
});
