import { parseAllDocuments, type YAMLError } from "yaml";

/** A YAML file's single document, or why it is not one. */
export type YamlDocumentResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

// yaml's pretty messages end in " at line L, column C:" before a code excerpt;
// put the position first and drop the excerpt so the problem fits one line.
function describe(error: YAMLError): string {
  const what = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  const where = error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : "";
  return `is not valid YAML${where}: ${what}`;
}

/**
 * Parses a YAML file that must hold exactly one document, with duplicate keys
 * refused (a second `end:` silently winning would be a window nobody reviewed).
 *
 * @example
 * parseYamlDocument("id: a\n"); // { ok: true, value: { id: "a" } }
 */
export function parseYamlDocument(text: string): YamlDocumentResult {
  const documents = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true });
  if (!Array.isArray(documents) || documents.length === 0) return { ok: false, message: "is empty" };
  if (documents.length > 1) {
    return { ok: false, message: `holds ${documents.length} YAML documents; a file holds exactly one` };
  }
  const [document] = documents as [(typeof documents)[number]];
  const [error] = document.errors;
  if (error) return { ok: false, message: describe(error) };
  return { ok: true, value: document.toJS() };
}
