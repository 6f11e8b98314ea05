import { OUTSIDE_POLICY_DOCUMENT_CHARACTERS, POLICY_DOCUMENT_CHARACTER } from "./characterSets";
import { describeCharacters, disallowedCharacters, formatCount, type LimitViolation } from "./limitViolation";
import { type PolicyDocumentInput, readPolicyDocument } from "./policyCharacters";
import { checkStatementIds } from "./statementIds";

/** What a policy document is checked against. @example const options: PolicyDocumentCheck = { label: "managed policy b", resource: "b", maxCharacters: 6144, limit: "iam-managed-policy-size", quotaNote: "" }; */
export interface PolicyDocumentCheck {
  /** How messages name the policy, such as `trust policy of IAM role contractor-x-production`. */
  readonly label: string;
  /** Logical name of the resource that declares it. */
  readonly resource: string;
  /** Most characters (whitespace not counted) IAM allows for this document alone; omit when only a total applies. */
  readonly maxCharacters?: number;
  /** Short name of the size limit, such as `iam-managed-policy-size`. */
  readonly limit?: string;
  /** Words after the allowed figure, such as ` (the default quota, raisable to 4,096)`. */
  readonly quotaNote?: string;
}

/**
 * Checks one policy document: that it is JSON, that every character is one
 * IAM accepts in a policy document, that its Sids are alphanumeric and
 * unique, and (when a maximum is given) its size, whitespace not counted.
 * Returns its size too, so a caller can add up the inline policies of one
 * user or role; the size is `undefined` when the document is not JSON.
 *
 * @example
 * checkPolicyDocument({ Statement: [{ Sid: "A-1" }] }, { label: "policy p", resource: "p" }).violations[0]?.limit; // "iam-sid-characters"
 */
export function checkPolicyDocument(
  document: PolicyDocumentInput,
  check: PolicyDocumentCheck,
): { violations: LimitViolation[]; characters: number | undefined } {
  const read = readPolicyDocument(document);
  if (!read.ok) {
    const message = `${check.label} is not valid JSON (${read.reason}); IAM accepts only a JSON policy document`;
    return {
      violations: [
        { resource: check.resource, limit: "iam-policy-json", allowed: "JSON", actual: read.reason, message },
      ],
      characters: undefined,
    };
  }
  const violations: LimitViolation[] = [];
  // Documents are thousands of characters and almost always clean: look character by character only when one is not.
  const refused = OUTSIDE_POLICY_DOCUMENT_CHARACTERS.test(read.sentText)
    ? disallowedCharacters(read.sentText, POLICY_DOCUMENT_CHARACTER)
    : [];
  if (refused.length > 0) {
    violations.push({
      resource: check.resource,
      limit: "iam-policy-characters",
      allowed: "tab, newline, carriage return, U+0020 to U+00FF",
      actual: refused.join(""),
      message: `${check.label} contains ${describeCharacters(refused)}, which IAM refuses in a policy document; use only tab, newline, carriage return and U+0020 to U+00FF (Latin-1)`,
    });
  }
  violations.push(...checkStatementIds(read.value, check.label, check.resource));
  const characters = read.minifiedText.length;
  if (check.maxCharacters !== undefined && characters > check.maxCharacters) {
    violations.push({
      resource: check.resource,
      limit: check.limit ?? "iam-policy-size",
      allowed: check.maxCharacters,
      actual: characters,
      message: `${check.label} has ${formatCount(characters)} characters without whitespace; IAM allows ${formatCount(check.maxCharacters)}${check.quotaNote ?? ""}`,
    });
  }
  return { violations, characters };
}
