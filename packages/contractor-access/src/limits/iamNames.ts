import { IAM_NAME_CHARACTER, IAM_PATH_CHARACTER, POLICY_PATH_CHARACTER } from "./characterSets";
import { IAM_PATH_MAX, IAM_POLICY_NAME_MAX, IAM_USER_OR_ROLE_NAME_MAX } from "./iamQuotas";
import { describeCharacters, disallowedCharacters, formatCount, type LimitViolation } from "./limitViolation";

/** What an IAM name or path belongs to, as messages name it. @example const kind: IamEntityKind = "IAM role"; */
export type IamEntityKind = "IAM user" | "IAM role" | "IAM group" | "managed policy" | "inline policy";

/**
 * Longest name of each kind. Source: IAM API reference, UserName and RoleName
 * max 64; GroupName and PolicyName max 128.
 *
 * @example
 * iamNameMax("IAM role"); // 64
 */
export function iamNameMax(kind: IamEntityKind): number {
  return kind === "IAM user" || kind === "IAM role" ? IAM_USER_OR_ROLE_NAME_MAX : IAM_POLICY_NAME_MAX;
}

/**
 * Checks an IAM user, role, group or policy name: 1 to 64 (users, roles) or
 * 128 (groups, policies) characters of `[\w+=,.@-]` (IAM API reference).
 *
 * @example
 * checkIamName("IAM user", "contractor x", "engagement-x")[0]?.limit; // "iam-name-characters"
 */
export function checkIamName(kind: IamEntityKind, name: string, resource: string): LimitViolation[] {
  const max = iamNameMax(kind);
  const violations: LimitViolation[] = [];
  if (name.length === 0 || name.length > max) {
    violations.push({
      resource,
      limit: "iam-name-length",
      allowed: max,
      actual: name.length,
      message: `${kind} name "${name}" has ${formatCount(name.length)} characters; IAM allows 1 to ${max}`,
    });
  }
  const refused = disallowedCharacters(name, IAM_NAME_CHARACTER);
  if (refused.length > 0) {
    violations.push({
      resource,
      limit: "iam-name-characters",
      allowed: "A-Z a-z 0-9 _+=,.@-",
      actual: refused.join(""),
      message: `${kind} name "${name}" contains ${describeCharacters(refused)}; IAM names allow only ASCII letters, digits and _+=,.@-`,
    });
  }
  return violations;
}

/**
 * Checks an IAM path: `/` alone, or starting and ending with `/`, at most 512
 * characters. Users, roles and groups allow ASCII `!` to `~` between the
 * slashes; managed policies only `[A-Za-z0-9.,+@=_-]` in each non-empty
 * segment (IAM API reference, CreateUser and CreatePolicy Path patterns).
 *
 * @example
 * checkIamPath("managed policy", "/contractors/", "boundary"); // []
 */
export function checkIamPath(kind: IamEntityKind, path: string, resource: string): LimitViolation[] {
  const isPolicy = kind === "managed policy";
  const violations: LimitViolation[] = [];
  if (path.length > IAM_PATH_MAX) {
    violations.push({
      resource,
      limit: "iam-path-length",
      allowed: IAM_PATH_MAX,
      actual: path.length,
      message: `path of ${kind} ${resource} has ${formatCount(path.length)} characters; IAM allows ${IAM_PATH_MAX}`,
    });
  }
  const shaped = path === "/" || (path.length >= 2 && path.startsWith("/") && path.endsWith("/"));
  const emptySegment = isPolicy && path.includes("//");
  if (!shaped || emptySegment) {
    violations.push({
      resource,
      limit: "iam-path-form",
      allowed: "/ or /segment/…/",
      actual: path,
      message: `path "${path}" of ${kind} ${resource} must be "/" or start and end with "/"${isPolicy ? " with no empty segment" : ""}, such as /contractors/`,
    });
  }
  const refused = disallowedCharacters(path, isPolicy ? POLICY_PATH_CHARACTER : IAM_PATH_CHARACTER);
  if (refused.length > 0) {
    const allowed = isPolicy ? "A-Z a-z 0-9 .,+@=_- and /" : "ASCII ! to ~";
    violations.push({
      resource,
      limit: "iam-path-characters",
      allowed,
      actual: refused.join(""),
      message: `path "${path}" of ${kind} ${resource} contains ${describeCharacters(refused)}; IAM allows only ${allowed} in ${isPolicy ? "policy" : "its"} paths`,
    });
  }
  return violations;
}
