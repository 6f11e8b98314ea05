import { createHash } from "node:crypto";
import { CONTRACTOR_IAM_PATH, CONTRACTOR_NAME_PREFIX, PRODUCTION_PERMISSION_SET_SUFFIX } from "../contract/names";
import { PERMISSION_SET_NAME_MAX } from "../limits/identityCenter";

/** The names of what one engagement creates, derived from its id so they are stable and reviewable. */
export interface EngagementNames {
  /** IAM user name: `contractor-<id>`, at most 51 characters of IAM's allowed set. */
  readonly iamUser: string;
  /** IAM path that every contractor user and role is created under. */
  readonly iamPath: typeof CONTRACTOR_IAM_PATH;
  /** Managed policy used as the user's permissions boundary. */
  readonly boundaryPolicy: string;
  /** Inline policy on the user with the lanes' grants. */
  readonly accessPolicy: string;
  /** Production role, at most 62 characters (IAM's limit is 64). */
  readonly productionRole: string;
  /** GitHub team name. */
  readonly githubTeam: string;
  /** Identity Center permission set of the engagement: at most 32 characters. */
  readonly permissionSet: string;
  /** Identity Center permission set of the production lane: at most 32 characters. */
  readonly productionPermissionSet: string;
}

/**
 * A permission set name within Identity Center's 32 characters. Ids are
 * `[a-z0-9-]`, so the dots (allowed in permission set names, never in ids)
 * keep the three forms apart: `contractor-<id>` as it is when it fits; else
 * the id cut short, a dot and six hex digits of its SHA-256; and production's
 * `.prod` suffix. No engagement's set can then share a name with another's
 * production set (`x-prod` against `x` + `-prod`). Underscores are avoided:
 * Identity Center names the set's role `AWSReservedSSO_<set>_<suffix>`.
 */
function permissionSetName(id: string, suffix: "" | typeof PRODUCTION_PERMISSION_SET_SUFFIX): string {
  const whole = `${CONTRACTOR_NAME_PREFIX}${id}${suffix}`;
  if (whole.length <= PERMISSION_SET_NAME_MAX) return whole;
  const hash = createHash("sha256").update(id).digest("hex").slice(0, 6);
  const room = PERMISSION_SET_NAME_MAX - CONTRACTOR_NAME_PREFIX.length - suffix.length - hash.length - 1;
  return `${CONTRACTOR_NAME_PREFIX}${id.slice(0, room).replace(/-+$/, "")}.${hash}${suffix}`;
}

/**
 * Derives every name from the engagement id. The `idIsSlug` rule keeps ids to
 * 3-40 characters of [a-z0-9-], so these names always satisfy IAM
 * (`[A-Za-z0-9+=,.@_-]`, 64 characters for users and roles), Identity Center
 * (32 characters for permission sets) and GitHub.
 *
 * @example
 * engagementNames("checkout-fix-2026-11").iamUser; // "contractor-checkout-fix-2026-11"
 */
export function engagementNames(id: string): EngagementNames {
  const base = `${CONTRACTOR_NAME_PREFIX}${id}`;
  return {
    iamUser: base,
    iamPath: CONTRACTOR_IAM_PATH,
    boundaryPolicy: `${base}-boundary`,
    accessPolicy: `${base}-access`,
    productionRole: `${base}-production`,
    githubTeam: base,
    permissionSet: permissionSetName(id, ""),
    productionPermissionSet: permissionSetName(id, PRODUCTION_PERMISSION_SET_SUFFIX),
  };
}
