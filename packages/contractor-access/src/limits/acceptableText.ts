import { transliterate } from "transliteration";

/** How to make text acceptable to one AWS field. @example const rule: AcceptableTextRule = { allowed: /^[ -~]$/, maxLength: 64 }; */
export interface AcceptableTextRule {
  /** Matches one character (code point) the field accepts; no `g` flag. */
  readonly allowed: RegExp;
  /** Most UTF-16 code units the field accepts. */
  readonly maxLength: number;
}

// Invisible characters that carry no meaning on their own: combining marks
// left over after NFC (the base letter stays), format characters such as
// right-to-left marks and zero-width joiners, and control characters.
const INVISIBLE = /[\p{M}\p{Cf}\p{Cc}]/gu;
const WHITESPACE = /\s/u;
const REPLACEMENT = "-";

function replaceRun(run: string, rule: AcceptableTextRule): string {
  const spaceAllowed = rule.allowed.test(" ");
  // Whitespace the field refuses (a newline in a tag) is still a word break.
  const visible = [...run]
    .map((character) => (WHITESPACE.test(character) ? " " : character))
    .join("")
    .replace(INVISIBLE, "");
  if (visible === "") return "";
  let replaced = "";
  for (const character of transliterate(visible, { unknown: REPLACEMENT })) {
    if (rule.allowed.test(character)) replaced += character;
    else replaced += WHITESPACE.test(character) && spaceAllowed ? " " : REPLACEMENT;
  }
  return replaced.replace(/-{2,}/g, REPLACEMENT).replace(/ {2,}/g, " ") || REPLACEMENT;
}

/**
 * Shortens text to `maxLength` UTF-16 code units without cutting a
 * surrogate pair in half (half an emoji is refused everywhere).
 *
 * @example
 * cutToLength("ab😀", 3); // "ab"
 */
export function cutToLength(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * Makes text acceptable to a field without losing its meaning: characters
 * the field accepts stay as they are; each run of refused characters is
 * transliterated (en dash to `-`, curly quotes to straight ones, `Ł` to `L`,
 * CJK to pinyin), what still does not fit becomes `-`, runs of `-` the
 * replacement made collapse to one, and the result is cut to the length.
 * Text the field already accepts, within the length, comes back unchanged
 * (after NFC, which only composes, for example, `e` + U+0301 into `é`).
 *
 * @example
 * toAcceptableText("Fix “checkout” – 🚀", { allowed: /^[ -~]$/, maxLength: 100 }); // 'Fix "checkout" - -'
 */
export function toAcceptableText(text: string, rule: AcceptableTextRule): string {
  let result = "";
  let run = "";
  for (const character of text.normalize("NFC")) {
    if (rule.allowed.test(character)) {
      result += replaceRun(run, rule) + character;
      run = "";
    } else {
      run += character;
    }
  }
  return cutToLength(result + replaceRun(run, rule), rule.maxLength);
}
