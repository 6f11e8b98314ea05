import { plural } from "../text/plural";

/**
 * What a GitHub comment or issue body may hold (65,536 characters), less room
 * for the sticky comment's marker and the workflow's own lines.
 */
export const GITHUB_BODY_BUDGET = 60_000;

/** One piece of a document: kept always, or kept while it fits, in order. */
export type MarkdownPart =
  | { readonly text: string }
  | {
      readonly text: string;
      /** What is left out when this part does not fit, in the singular: "ended engagement". */
      readonly group: string;
    };

// Room kept for the closing note, so adding it never pushes the text over.
const NOTE_ROOM = 600;

/**
 * Joins parts with newlines into at most `maxLength - 1` characters, so
 * that the caller's closing newline still fits within `maxLength`. Parts
 * without a group are always kept; a grouped part is kept while it fits, and
 * once one part of a group is left out the rest of that group is too, so a
 * list is cut at its end, never in its middle. Later groups may still fill
 * the room left. When anything was left out, a closing note names how many of
 * each group and where the rest is (`fullVersion`).
 *
 * @example
 * fitMarkdown([{ text: "# Review" }, { text: "- a", group: "changes" }], 20, "the --output file");
 */
export function fitMarkdown(parts: readonly MarkdownPart[], maxLength: number, fullVersion: string): string {
  const required = parts.filter((part) => !("group" in part)).reduce((sum, part) => sum + part.text.length + 1, 0);
  let room = maxLength - 1 - NOTE_ROOM - required;
  const omitted = new Map<string, number>();
  const kept = parts.filter((part) => {
    if (!("group" in part)) return true;
    if (!omitted.has(part.group) && part.text.length + 1 <= room) {
      room -= part.text.length + 1;
      return true;
    }
    omitted.set(part.group, (omitted.get(part.group) ?? 0) + 1);
    return false;
  });
  const text = kept.map((part) => part.text).join("\n");
  if (omitted.size === 0) return text;
  const counts = [...omitted].map(([group, count]) => plural(count, group)).join(", ");
  return `${text}\n\n> [!NOTE]\n> Left out to fit ${maxLength.toLocaleString("en-US")} characters: ${counts}. ${fullVersion}`;
}
