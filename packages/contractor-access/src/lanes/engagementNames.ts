import { CONTRACTOR_IAM_PATH, CONTRACTOR_NAME_PREFIX } from "../contract/names";

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
}

/**
 * Derives every name from the engagement id. The `idIsSlug` rule keeps ids to
 * 3-40 characters of [a-z0-9-], so these names always satisfy IAM
 * (`[A-Za-z0-9+=,.@_-]`, 64 characters for users and roles) and GitHub.
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
  };
}
