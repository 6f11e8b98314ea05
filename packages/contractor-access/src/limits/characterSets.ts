// Single-character patterns for the character sets the services accept. They
// have no `g` flag on purpose: `test` on a global regex is stateful.

/**
 * A character IAM accepts in user, role, group and policy names: ASCII
 * letters, digits and `_+=,.@-`. AWS's `\w` is Java's, which is ASCII-only.
 * Source: IAM API reference, CreateUser/CreateRole/CreatePolicy, pattern `[\w+=,.@-]+`.
 *
 * @example
 * IAM_NAME_CHARACTER.test("Ł"); // false
 */
export const IAM_NAME_CHARACTER = /^[A-Za-z0-9_+=,.@-]$/;

/**
 * A character IAM accepts in a role description: tab, newline, carriage
 * return, printable ASCII and the printable Latin-1 supplement (no NBSP).
 * Source: IAM API reference, CreateRole Description, pattern
 * `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`.
 *
 * @example
 * IAM_DESCRIPTION_CHARACTER.test("é"); // true
 */
export const IAM_DESCRIPTION_CHARACTER = /^[\t\n\r\u0020-\u007E\u00A1-\u00FF]$/;

/**
 * A character IAM accepts anywhere in a policy document, so en dashes, curly
 * quotes and emoji in a Resource or Condition value are refused.
 * Source: IAM API reference, CreatePolicy PolicyDocument, pattern `[\u0009\u000A\u000D\u0020-\u00FF]+`.
 *
 * @example
 * POLICY_DOCUMENT_CHARACTER.test("–"); // false
 */
export const POLICY_DOCUMENT_CHARACTER = /^[\t\n\r\u0020-\u00FF]$/;

/**
 * Finds the first UTF-16 unit outside {@link POLICY_DOCUMENT_CHARACTER}'s set
 * (surrogates included), so that one native scan clears a whole document.
 *
 * @example
 * OUTSIDE_POLICY_DOCUMENT_CHARACTERS.test('{"Resource":"a–b"}'); // true
 */
export const OUTSIDE_POLICY_DOCUMENT_CHARACTERS = /[^\t\n\r\u0020-\u00FF]/;

/**
 * A character AWS accepts in tag keys and values: any Unicode letter,
 * separator or number, and `_.:/=+-@`. Combining marks and punctuation such
 * as quotes are refused. Source: IAM API reference, Tag, pattern `[\p{L}\p{Z}\p{N}_.:/=+\-@]`.
 *
 * @example
 * TAG_CHARACTER.test("北"); // true
 */
export const TAG_CHARACTER = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]$/u;

/**
 * A character IAM accepts in a user or role path between the slashes:
 * ASCII `!` to `~`. Source: IAM API reference, CreateUser Path, pattern
 * `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`.
 *
 * @example
 * IAM_PATH_CHARACTER.test(" "); // false
 */
export const IAM_PATH_CHARACTER = /^[\u0021-\u007E]$/;

/**
 * A character IAM accepts in a managed policy's path segments, stricter than
 * user and role paths. Source: IAM API reference, CreatePolicy Path, pattern
 * `((/[A-Za-z0-9\.,\+@=_-]+)*)/`.
 *
 * @example
 * POLICY_PATH_CHARACTER.test("~"); // false
 */
export const POLICY_PATH_CHARACTER = /^[A-Za-z0-9.,+@=_/-]$/;
