import { loadAll, YAMLException } from "js-yaml";
import { parseAllDocuments, type YAMLError } from "yaml";

/** A YAML file's single document, or why it is not one. */
export type YamlDocumentResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/**
 * Most nodes aliases (`*name`) may expand to in one file. Engagement files
 * need none; a few nested aliases expand exponentially for whatever walks the
 * value next (the config's secret check, the schema).
 */
export const MAX_YAML_ALIAS_EXPANSION = 100;

// Where fuzzing the two libraries against each other (and a reviewer) found js-yaml reading text
// yaml refuses, or reading it otherwise: tags, anchors, aliases, directives (`%YAML 1.1`), tabs,
// byte order marks, a carriage return that ends no line, document markers past the opening ones,
// a block scalar's explicit indentation (`|2`), and a line too long for yaml's implicit keys.
// Engagement files rarely hold any of them.
const LEFT_TO_YAML = /[!&*%\t\uFEFF]|\r(?!\n)|---|\.\.\.|[|>][-+]?[1-9]/;
// Tried only on files that could hold such a line: the search costs 14 ms per 1000 short files.
const LONG_LINE = /[^\r\n]{1025}/;
const OPENING = /^\uFEFF?(?:---[ \t]*\r?\n)?/;

// yaml's pretty messages end in " at line L, column C:" before a code excerpt;
// put the position first and drop the excerpt so the problem fits one line.
function describeYamlError(error: YAMLError): string {
  const what = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  const where = error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : "";
  return `is not valid YAML${where}: ${what}`;
}

function describeJsYamlError(error: YAMLException): string {
  const where = error.mark ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : "";
  return `is not valid YAML${where}: ${error.reason}`;
}

function documentCountProblem(count: number): YamlDocumentResult | undefined {
  if (count === 0) return { ok: false, message: "is empty" };
  if (count > 1) return { ok: false, message: `holds ${count} YAML documents; a file holds exactly one` };
  return undefined;
}

// Text that YAML 1.2's core schema reads as a number when plain (its int and float patterns): js-yaml
// leaves a number too large for a double (`1e400`) as text, where yaml reads Infinity.
const NUMBER_LIKE =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * True for the values whose reading js-yaml and yaml agree on (found by
 * fuzzing the two against each other): a mapping none of whose keys, at any
 * depth, reads as `null`, and no text of which looks like a number. yaml turns
 * a null key into "" and js-yaml into "null"; yaml refuses some bare scalars
 * (a leading tab) that js-yaml reads.
 */
function agreedShape(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const agreed = (node: unknown): boolean => {
    if (typeof node === "string") return !NUMBER_LIKE.test(node);
    if (Array.isArray(node)) return node.every(agreed);
    if (typeof node !== "object" || node === null) return true;
    return Object.entries(node).every(([key, child]) => key !== "null" && agreed(key) && agreed(child));
  };
  return agreed(value);
}

/**
 * yaml's reading, the one this library has always had: what js-yaml leaves to
 * it gets exactly the answer it got before js-yaml read anything. Aliases are
 * resolved with yaml's guard on how far they expand.
 */
function readWithYaml(text: string, repeatedKey: YAMLException | undefined): YamlDocumentResult {
  const parsed = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true });
  const documents = Array.isArray(parsed) ? parsed : [];
  const [document] = documents;
  const countProblem = documentCountProblem(documents.length);
  if (countProblem || !document) return countProblem ?? { ok: false, message: "is empty" };
  const [error] = document.errors;
  if (error) return { ok: false, message: describeYamlError(error) };
  // yaml sees a repeated key only when both spellings are the same scalar; js-yaml also sees `'1'` and `1`.
  if (repeatedKey) return { ok: false, message: describeJsYamlError(repeatedKey) };
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_YAML_ALIAS_EXPANSION }) };
  } catch (thrown) {
    // An alias to no anchor, or aliases that expand too far: yaml throws where it resolves them.
    if (thrown instanceof ReferenceError) return { ok: false, message: `is not valid YAML: ${thrown.message}` };
    throw thrown;
  }
}

/**
 * Parses a YAML file that must hold exactly one document, read as YAML 1.2's
 * core schema (unless a `%YAML` directive says otherwise), with repeated keys
 * refused (a second `end:` silently winning would be a window nobody reviewed)
 * and aliases bounded.
 *
 * js-yaml reads first: a plan reads every engagement file before it can
 * declare anything, and js-yaml parses 1000 of them in about 60 ms against
 * about 240 ms for yaml (measured on 2 cores). It is the stricter of the two,
 * so whatever it refuses (a flow collection closed at its key's indentation,
 * any alias, a directive) is read by yaml, which has always read these files:
 * a file is accepted, with the same value, exactly when it was before. yaml
 * also words the refusals, finds a field's line and writes revocations.
 *
 * @example
 * parseYamlDocument("id: a\n"); // { ok: true, value: { id: "a" } }
 */
export function parseYamlDocument(text: string): YamlDocumentResult {
  if (LEFT_TO_YAML.test(text.replace(OPENING, "")) || (text.length > 1024 && LONG_LINE.test(text))) {
    return readWithYaml(text, undefined);
  }
  try {
    const documents = loadAll(text, { maxAliases: 0 });
    const [value] = documents;
    if (documents.length === 1 && agreedShape(value)) return { ok: true, value };
    // An empty or multi-document file, a bare scalar or list, or a key spelled null: yaml's answer.
    return readWithYaml(text, undefined);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return readWithYaml(text, error.reason === "duplicated mapping key" ? error : undefined);
  }
}
