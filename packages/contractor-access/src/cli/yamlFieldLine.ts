import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";

/**
 * The 1-based line where a field is written in a YAML (or JSON) text, for
 * pointing an editor or a GitHub annotation at it. The line of a mapping
 * field is the line of its key; of a list item, the line the item starts on.
 * A path that does not exist (a missing required field, an unknown field's
 * parent) falls back to its nearest existing parent, and an empty or
 * unmatched path to line 1, or to the first syntax error when the text is not
 * valid YAML.
 *
 * @param path The field path of a diagnostic, such as `["lanes", "code", "repositories", 0, "permission"]`.
 * @example
 * yamlFieldLine("id: a\nwindow:\n  start: 2026-11-24\n", ["window", "start"]); // 3
 */
export function yamlFieldLine(text: string, path: readonly PropertyKey[]): number {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (path.length === 0) return document.errors[0]?.linePos?.[0].line ?? 1;
  let node: unknown = document.contents;
  let line = 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair || !isScalar(pair.key)) break;
      line = lineAt(pair.key.range?.[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item: unknown = node.items[key];
      if (!item || typeof item !== "object" || !("range" in item)) break;
      line = lineAt((item as { range?: [number, number, number] }).range?.[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
