import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse, parseAllDocuments, stringify } from "yaml";
import { MAX_YAML_ALIAS_EXPANSION, parseYamlDocument } from "./parseYamlDocument";

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
    // Closed at its key's indentation: js-yaml 5 refuses it, yaml (and Pulumi, and editors) read it.
    [
      "sharedSecrets: [\n  stripe-test-key,\n  staging-db\n]\nwindow: {\n  start: 2026-12-01\n}\n",
      {
        sharedSecrets: ["stripe-test-key", "staging-db"],
        window: { start: "2026-12-01" },
      },
    ],
    ["owner: &priya { name: Priya }\nreviewer: *priya\n", { owner: { name: "Priya" }, reviewer: { name: "Priya" } }],
    // Each of these js-yaml reads otherwise, so yaml reads them, as it always did.
    ["id: a\n# note\rend: 2099-12-31\n", { id: "a" }],
    ["ticket: 1e400\n", { ticket: Number.POSITIVE_INFINITY }],
    ["note: |1\n  x\n  \nid: a\n", { note: " x\n", id: "a" }],
    // A directive is honoured, as it always was: YAML 1.1 reads `yes` as true.
    ["%YAML 1.1\n---\nconsole: yes\n", { console: true }],
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
    // js-yaml's where yaml would have read on, and the second key would have won unseen.
    ["a key repeated as a number", "'1': a\n1: b\n", "is not valid YAML at line 2, column 1: duplicated mapping key"],
    [
      "a key repeated as a boolean",
      "true: a\n'true': b\n",
      "is not valid YAML at line 2, column 2: duplicated mapping key",
    ],
    [
      "a key longer than yaml's implicit keys",
      `${"k".repeat(1100)}: 1\n`,
      "is not valid YAML at line 1, column 1: The : indicator must be at most 1024 chars after the start of an implicit block mapping key",
    ],
    [
      "an alias to no anchor",
      "a: &x 1\nb: *y\n",
      "is not valid YAML: Unresolved alias (the anchor must be set before the alias): y",
    ],
  ])("Noncompliance: %s", (_, text, message) => {
    expect(parseYamlDocument(text)).toEqual({ ok: false, message });
  });

  test(`aliases that expand to more than ${MAX_YAML_ALIAS_EXPANSION} nodes are refused before anything walks them`, () => {
    // 98 aliases, each level doubling the last: 2^49 strings for whatever reads the value next.
    const levels = Array.from({ length: 50 }, (_, index) =>
      index === 0 ? "l0: &l0 [x, x]" : `l${index}: &l${index} [*l${index - 1}, *l${index - 1}]`,
    );
    expect(parseYamlDocument(`${levels.join("\n")}\n`)).toEqual({
      ok: false,
      message: "is not valid YAML: Excessive alias count indicates a resource exhaustion attack",
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

describe("parseYamlDocument reads every file as yaml alone read it", () => {
  // yaml's reading, as this library did before js-yaml read anything.
  function yamlAlone(text: string): { ok: boolean; value?: unknown } {
    const documents = parseAllDocuments(text, { uniqueKeys: true });
    const [document] = Array.isArray(documents) ? documents : [];
    if (!document || (documents as unknown[]).length > 1 || document.errors.length > 0) return { ok: false };
    try {
      return { ok: true, value: document.toJS({ maxAliasCount: MAX_YAML_ALIAS_EXPANSION }) };
    } catch {
      return { ok: false };
    }
  }
  // Texts made of YAML's punctuation, indentation, line breaks and scalars yaml and js-yaml read
  // differently: the generator that found every case left to yaml.
  const piece = fc.constantFrom(
    ...["a", "id", ":", ": ", " ", "  ", "\n", "\n  ", "\r\n", "- ", "  - ", "x:\n  ", "key: value\n", "[", "]", "{"],
    ...["}", ",", "'", '"', '"\\t"', "#", "&x ", "*x", "~", "null", "1", "1: ", "'1'", "'1': ", "yes", "0o7", "|"],
    ...[">", "\t", "?", "!", "!!str ", "%", "---", "...", "\\", "@", "`", "x y", "2026-12-01", "-1", ".5", "<<"],
    ...["\uFEFF", "é", "\u2028", "\r", "1e400", ".nan", "true", "|1", ">2", "x".repeat(600)],
  );

  test("property: accepted exactly when yaml accepted, with yaml's value, except repeated keys yaml let pass", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        const before = yamlAlone(text);
        const now = parseYamlDocument(text);
        if (!now.ok && now.message.endsWith("duplicated mapping key")) return;
        expect(now.ok ? { ok: true, value: now.value } : { ok: false }).toEqual(before);
      }),
      { numRuns: 20_000 },
    );
  });
});
