import { IAM_DESCRIPTION_CHARACTER } from "./characterSets";
import { IAM_DESCRIPTION_MAX } from "./iamQuotas";
import { describeCharacters, disallowedCharacters, formatCount, type LimitViolation } from "./limitViolation";

/**
 * Checks a role or managed policy description: at most 1,000 characters of
 * tab, newline, carriage return, printable ASCII and printable Latin-1.
 * The character set is CreateRole's (IAM API reference, Description pattern).
 * CreatePolicy documents no pattern for its description, so the role's set
 * is applied there too: one rule for both, and never looser than either.
 * Length is counted in UTF-16 code units, never fewer than the characters
 * IAM counts, so the check errs on the safe side.
 *
 * @param owner How messages name what the description belongs to, such as `IAM role contractor-x-production`.
 * @example
 * checkIamDescription("Fix – checkout", "IAM role r", "r")[0]?.limit; // "iam-description-characters"
 */
export function checkIamDescription(description: string, owner: string, resource: string): LimitViolation[] {
  const violations: LimitViolation[] = [];
  if (description.length > IAM_DESCRIPTION_MAX) {
    violations.push({
      resource,
      limit: "iam-description-length",
      allowed: IAM_DESCRIPTION_MAX,
      actual: description.length,
      message: `description of ${owner} has ${formatCount(description.length)} characters; IAM allows ${formatCount(IAM_DESCRIPTION_MAX)} (toIamDescription shortens it)`,
    });
  }
  const refused = disallowedCharacters(description, IAM_DESCRIPTION_CHARACTER);
  if (refused.length > 0) {
    violations.push({
      resource,
      limit: "iam-description-characters",
      allowed: "tab, newline, carriage return, U+0020 to U+007E, U+00A1 to U+00FF",
      actual: refused.join(""),
      message: `description of ${owner} contains ${describeCharacters(refused)}, which IAM refuses; IAM descriptions accept only Latin-1 (toIamDescription transliterates the rest)`,
    });
  }
  return violations;
}

/**
 * Checks a role's maximum session duration: 3,600 to 43,200 seconds, that is
 * 1 to 12 hours (IAM API reference, CreateRole MaxSessionDuration).
 *
 * @example
 * checkRoleMaxSessionDuration(43201, "IAM role r", "r")[0]?.allowed; // "3,600 to 43,200"
 */
export function checkRoleMaxSessionDuration(seconds: number, owner: string, resource: string): LimitViolation[] {
  if (Number.isInteger(seconds) && seconds >= 3600 && seconds <= 43200) return [];
  return [
    {
      resource,
      limit: "iam-role-max-session-duration",
      allowed: "3,600 to 43,200",
      actual: seconds,
      message: `maximum session duration of ${owner} is ${formatCount(seconds)} seconds; IAM allows a whole number from 3,600 to 43,200 (1 to 12 hours)`,
    },
  ];
}
