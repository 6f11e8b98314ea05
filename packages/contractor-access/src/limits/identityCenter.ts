import { IAM_DESCRIPTION_CHARACTER } from "./characterSets";
import { ROLE_INLINE_POLICIES_CHARACTERS_MAX } from "./iamQuotas";
import { formatCount, type LimitViolation } from "./limitViolation";
import { policyCharacterCount } from "./policyCharacters";

/**
 * Permission set names: 1 to 32 characters of `[\w+=,.@-]`
 * (IAM Identity Center API reference, CreatePermissionSet, Name).
 * @example PERMISSION_SET_NAME_MAX; // 32
 */
export const PERMISSION_SET_NAME_MAX = 32;

/**
 * Permission set descriptions: at most 700 characters
 * (IAM Identity Center API reference, CreatePermissionSet, Description).
 * @example PERMISSION_SET_DESCRIPTION_MAX; // 700
 */
export const PERMISSION_SET_DESCRIPTION_MAX = 700;

/**
 * Identity Store user names: at most 128 characters
 * (Identity Store API reference, CreateUser, UserName).
 * @example IDENTITY_STORE_USER_NAME_MAX; // 128
 */
export const IDENTITY_STORE_USER_NAME_MAX = 128;

/**
 * Permission set session durations, ISO 8601: PT1H to PT12H
 * (IAM Identity Center API reference, CreatePermissionSet, SessionDuration).
 * @example PERMISSION_SET_SESSION_HOURS.max; // 12
 */
export const PERMISSION_SET_SESSION_HOURS = { min: 1, max: 12 } as const;

/**
 * Checks a planned Identity Center permission set: its name, its session
 * duration, and its inline policy. The API accepts inline policies of up to
 * 32,768 characters, but each is provisioned as the inline policy of an IAM
 * role in the target account, which holds at most 10,240 without whitespace
 * (IAM quotas, "Role inline policy size"), so the stricter limit is checked.
 *
 * @param permissionSet The name, the session duration as ISO 8601 (`PT4H`), and the inline policy.
 * @example
 * checkPermissionSet({ name: "contractor-checkout", sessionDuration: "PT4H", inlinePolicy: {} }, "ps"); // []
 */
export function checkPermissionSet(
  permissionSet: {
    readonly name: string;
    readonly sessionDuration: string;
    readonly inlinePolicy: object | string;
    readonly description?: string;
  },
  resource: string,
): LimitViolation[] {
  const violations: LimitViolation[] = [];
  const { name, sessionDuration, inlinePolicy, description } = permissionSet;
  if (
    description !== undefined &&
    (description.length > PERMISSION_SET_DESCRIPTION_MAX ||
      ![...description].every((character) => IAM_DESCRIPTION_CHARACTER.test(character)))
  ) {
    violations.push({
      resource,
      limit: "identity-center-permission-set-description",
      allowed: `at most ${PERMISSION_SET_DESCRIPTION_MAX} characters of Latin-1`,
      actual: description.length,
      message: `the description of permission set ${name} must be at most ${PERMISSION_SET_DESCRIPTION_MAX} characters of Latin-1 (IAM Identity Center refuses it otherwise)`,
    });
  }
  if (!/^[\w+=,.@-]+$/.test(name) || name.length > PERMISSION_SET_NAME_MAX) {
    violations.push({
      resource,
      limit: "identity-center-permission-set-name",
      allowed: `1 to ${PERMISSION_SET_NAME_MAX} characters of [\\w+=,.@-]`,
      actual: name,
      message: `permission set name "${name}" must be 1 to ${PERMISSION_SET_NAME_MAX} characters of letters, digits and +=,.@_- (IAM Identity Center refuses it otherwise)`,
    });
  }
  const hours = /^PT(\d+)H$/.exec(sessionDuration)?.[1];
  const within =
    hours !== undefined &&
    Number(hours) >= PERMISSION_SET_SESSION_HOURS.min &&
    Number(hours) <= PERMISSION_SET_SESSION_HOURS.max;
  if (!within) {
    violations.push({
      resource,
      limit: "identity-center-session-duration",
      allowed: "PT1H to PT12H",
      actual: sessionDuration,
      message: `permission set session duration "${sessionDuration}" must be whole hours from PT1H to PT12H`,
    });
  }
  const characters = policyCharacterCount(inlinePolicy);
  if (characters === undefined || characters > ROLE_INLINE_POLICIES_CHARACTERS_MAX) {
    violations.push({
      resource,
      limit: "identity-center-inline-policy-size",
      allowed: ROLE_INLINE_POLICIES_CHARACTERS_MAX,
      actual: characters ?? "not JSON",
      message:
        characters === undefined
          ? `the inline policy of permission set ${name} is not JSON`
          : `the inline policy of permission set ${name} has ${formatCount(characters)} characters; it becomes a role's inline policy in the account, which IAM caps at ${formatCount(ROLE_INLINE_POLICIES_CHARACTERS_MAX)}`,
    });
  }
  return violations;
}

/**
 * Checks an Identity Store user name: 1 to 128 characters
 * (Identity Store API reference, CreateUser, UserName). The library uses the
 * contractor's email, which email syntax alone allows to be longer.
 *
 * @example
 * checkIdentityStoreUserName("dana@freelance.example", "user"); // []
 */
export function checkIdentityStoreUserName(userName: string, resource: string): LimitViolation[] {
  if (userName.length >= 1 && userName.length <= IDENTITY_STORE_USER_NAME_MAX) return [];
  return [
    {
      resource,
      limit: "identity-store-user-name",
      allowed: `1 to ${IDENTITY_STORE_USER_NAME_MAX} characters`,
      actual: userName.length,
      message: `Identity Store user name ${userName} has ${formatCount(userName.length)} characters; the identity store allows at most ${IDENTITY_STORE_USER_NAME_MAX}, so use a shorter email or adopt an existing user with contractor.identityCenterUserId`,
    },
  ];
}
