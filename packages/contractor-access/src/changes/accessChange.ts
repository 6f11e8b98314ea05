/** The lanes a change can touch, in the order changes are listed. */
export const ACCESS_CHANGE_LANES = [
  "engagement",
  "window",
  "code",
  "data",
  "production",
  "aws",
  "sharedSecrets",
] as const;

/** Which part of an engagement's access a change touches. */
export type AccessChangeLane = (typeof ACCESS_CHANGE_LANES)[number];

/**
 * What a change does to access: a grant `added` or `removed`, access
 * `widened` or `narrowed`, a window `extended` or `shortened`, a review
 * recorded (`reviewed`), a revocation (`revoked`), or something a reviewer
 * must see that is neither wider nor narrower (`changed`).
 */
export type AccessChangeKind =
  | "added"
  | "removed"
  | "widened"
  | "narrowed"
  | "extended"
  | "shortened"
  | "reviewed"
  | "revoked"
  | "changed";

/** One difference in access between a base and a head, as a reviewer reads it. */
export interface AccessChange {
  /** The id of the engagement the change belongs to. */
  readonly engagement: string;
  readonly kind: AccessChangeKind;
  readonly lane: AccessChangeLane;
  /** One sentence fragment with the old and the new value, such as `window extended: ends 2026-12-05 instead of 2026-11-28 (+7 days)`. */
  readonly message: string;
}
