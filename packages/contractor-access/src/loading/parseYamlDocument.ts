import { loadAll, YAMLException } from "js-yaml";
import { parseAllDocuments, type YAMLError } from "yaml";

/** A YAML file's single document, or why it is not one. */
export type YamlDocumentResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/**
 * Most aliases (`*name`) one file may use. Engagement files need none; a few
 * nested aliases expand exponentially for whatever walks the value next.
 */
export const MAX_YAML_ALIASES = 100;

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

/**
 * Why a text js-yaml refused is not YAML: in yaml's words, which name the
 * construct ("Flow sequence in block collection must be sufficiently indented
 * and end with a ]" where js-yaml says "deficient indentation"), or in
 * js-yaml's when yaml finds nothing wrong (too many aliases, for one).
 */
function describeRefusal(text: string, refusal: YAMLException): string {
  const documents = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true });
  const [error] = (Array.isArray(documents) ? documents : []).flatMap((document) => document.errors);
  return error ? describeYamlError(error) : describeJsYamlError(refusal);
}

/**
 * Parses a YAML file that must hold exactly one document, with duplicate keys
 * refused (a second `end:` silently winning would be a window nobody reviewed)
 * and at most {@link MAX_YAML_ALIASES} aliases.
 *
 * js-yaml reads (YAML 1.2's core schema, as yaml does): a plan reads every
 * engagement file before it can declare anything, and js-yaml parses 1000 of
 * them in about 60 ms against about 240 ms for yaml (measured on 2 cores).
 * yaml stays where its document model is needed: to word a refusal, to find a
 * field's line, and to add a revocation without losing comments.
 *
 * @example
 * parseYamlDocument("id: a\n"); // { ok: true, value: { id: "a" } }
 */
export function parseYamlDocument(text: string): YamlDocumentResult {
  let documents: unknown[];
  try {
    documents = loadAll(text, { maxAliases: MAX_YAML_ALIASES });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { ok: false, message: describeRefusal(text, error) };
  }
  if (documents.length === 0) return { ok: false, message: "is empty" };
  if (documents.length > 1) {
    return { ok: false, message: `holds ${documents.length} YAML documents; a file holds exactly one` };
  }
  return { ok: true, value: documents[0] };
}
