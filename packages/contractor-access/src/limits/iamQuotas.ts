import { formatCount, type LimitViolation } from "./limitViolation";

// Fixed IAM limits. Unless noted, the source is the IAM User Guide,
// "IAM and AWS STS quotas", or the IAM API reference's length constraints.

/** Longest IAM user or role name (IAM API reference, CreateUser/CreateRole, UserName/RoleName max 64). @example IAM_USER_OR_ROLE_NAME_MAX; // 64 */
export const IAM_USER_OR_ROLE_NAME_MAX = 64;
/** Longest IAM group or managed/inline policy name (IAM API reference, CreatePolicy/PutUserPolicy, PolicyName max 128). @example IAM_POLICY_NAME_MAX; // 128 */
export const IAM_POLICY_NAME_MAX = 128;
/** Longest IAM path (IAM API reference, CreateUser Path max 512). @example IAM_PATH_MAX; // 512 */
export const IAM_PATH_MAX = 512;
/** Longest role or policy description (IAM API reference, CreateRole/CreatePolicy Description max 1000). @example IAM_DESCRIPTION_MAX; // 1000 */
export const IAM_DESCRIPTION_MAX = 1000;
/** Characters of one managed policy, whitespace not counted (IAM quotas, "Managed policy size"). @example MANAGED_POLICY_CHARACTERS_MAX; // 6144 */
export const MANAGED_POLICY_CHARACTERS_MAX = 6144;
/** Characters of all inline policies of one user together (IAM quotas, "User policy size"). @example USER_INLINE_POLICIES_CHARACTERS_MAX; // 2048 */
export const USER_INLINE_POLICIES_CHARACTERS_MAX = 2048;
/** Characters of all inline policies of one role together (IAM quotas, "Role policy size"). @example ROLE_INLINE_POLICIES_CHARACTERS_MAX; // 10240 */
export const ROLE_INLINE_POLICIES_CHARACTERS_MAX = 10240;
/** Characters of all inline policies of one group together (IAM quotas, "Group policy size"). @example GROUP_INLINE_POLICIES_CHARACTERS_MAX; // 5120 */
export const GROUP_INLINE_POLICIES_CHARACTERS_MAX = 5120;
/** Managed policies attached to one group; not adjustable (IAM quotas, "Managed policies per group"). @example MANAGED_POLICIES_PER_GROUP; // 10 */
export const MANAGED_POLICIES_PER_GROUP = 10;
/** Access keys of one user (IAM quotas, "Access keys assigned to an IAM user"). @example ACCESS_KEYS_PER_USER_MAX; // 2 */
export const ACCESS_KEYS_PER_USER_MAX = 2;
/** Shortest and longest role maximum session, in seconds (IAM API reference, CreateRole MaxSessionDuration 3600-43200). @example ROLE_MAX_SESSION_SECONDS.max; // 43200 */
export const ROLE_MAX_SESSION_SECONDS = { min: 3600, max: 43200 } as const;

/** Adjustable IAM quotas: the defaults every account starts with, and the most AWS raises them to. @example IAM_QUOTA_RANGES.roleTrustPolicyCharacters.max; // 4096 */
export const IAM_QUOTA_RANGES = {
  // IAM quotas, "Role trust policy length": 2,048 by default, adjustable to 4,096.
  roleTrustPolicyCharacters: { default: 2048, max: 4096 },
  // IAM quotas, "Managed policies per user" and "per role": 10 by default, adjustable to 20.
  managedPoliciesPerUser: { default: 10, max: 20 },
  managedPoliciesPerRole: { default: 10, max: 20 },
} as const;

/**
 * The account's adjustable IAM quotas. Pass what Service Quotas shows for the
 * account; leave a field out to assume the default every account starts with.
 *
 * @example
 * const quotas: IamQuotas = { roleTrustPolicyCharacters: 4096, managedPoliciesPerUser: 20, managedPoliciesPerRole: 10 };
 */
export interface IamQuotas {
  /** Characters of a role trust policy, whitespace not counted. @default 2048 (raisable to 4096) */
  readonly roleTrustPolicyCharacters: number;
  /** Managed policies attached to one user. @default 10 (raisable to 20) */
  readonly managedPoliciesPerUser: number;
  /** Managed policies attached to one role. @default 10 (raisable to 20) */
  readonly managedPoliciesPerRole: number;
}

/** The quotas of an account where nobody has asked AWS for more. @example DEFAULT_IAM_QUOTAS.managedPoliciesPerUser; // 10 */
export const DEFAULT_IAM_QUOTAS: IamQuotas = {
  roleTrustPolicyCharacters: IAM_QUOTA_RANGES.roleTrustPolicyCharacters.default,
  managedPoliciesPerUser: IAM_QUOTA_RANGES.managedPoliciesPerUser.default,
  managedPoliciesPerRole: IAM_QUOTA_RANGES.managedPoliciesPerRole.default,
};

/**
 * Fills in the defaults and reports quotas AWS cannot grant. A quota outside
 * what AWS grants is reported, and the nearest figure AWS can grant is used,
 * so that the other checks still run (nothing here throws).
 *
 * @example
 * resolveIamQuotas({ managedPoliciesPerUser: 30 }).quotas.managedPoliciesPerUser; // 20, with one violation
 */
export function resolveIamQuotas(given: Partial<IamQuotas> = {}): {
  quotas: IamQuotas;
  violations: LimitViolation[];
} {
  const violations: LimitViolation[] = [];
  const resolved = { ...DEFAULT_IAM_QUOTAS };
  for (const key of Object.keys(IAM_QUOTA_RANGES) as (keyof IamQuotas)[]) {
    const value = given[key];
    if (value === undefined) continue;
    const range = IAM_QUOTA_RANGES[key];
    if (Number.isInteger(value) && value >= range.default && value <= range.max) {
      resolved[key] = value;
      continue;
    }
    const allowed = `${formatCount(range.default)} to ${formatCount(range.max)}`;
    violations.push({
      resource: "quotas",
      limit: `iam-quota-${key}`,
      allowed,
      actual: value,
      message: `quota ${key} is ${String(value)}; IAM's default is ${formatCount(range.default)} and AWS raises it to at most ${formatCount(range.max)}, so give a whole number from ${allowed}`,
    });
    resolved[key] = Number.isFinite(value) && value > range.max ? range.max : range.default;
  }
  return { quotas: resolved, violations };
}
