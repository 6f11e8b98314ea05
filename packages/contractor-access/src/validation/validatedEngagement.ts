import type { Engagement } from "../engagement/engagementTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { type AwsResourcePlan, awsResourcePlan } from "../lanes/awsResourcePlan";

/**
 * Marks the objects validation made. It is not exported from the package, so
 * a `ValidatedEngagement` cannot be written by hand: the only way to get one
 * is `validateEngagements` (or `loadStackInput`), which derives the plan once.
 */
export const VALIDATED: unique symbol = Symbol("contractor-access.validated");

/**
 * An engagement that passed the schema and every guardrail, with the file it
 * came from and its `AccessPlan`, derived once at validation. The component,
 * the stack program, the review, the report and the access diff all read
 * this plan, so they cannot disagree about what an engagement grants.
 */
export interface ValidatedEngagement {
  /** The file it came from, as the user named it. */
  readonly file: string;
  /** The parsed engagement, with defaults applied. */
  readonly engagement: Engagement;
  /** What it grants, lane by lane, and until when. */
  readonly plan: AccessPlan;
  /** The AWS resources that enforce it, as declared: checked against IAM's limits at validation. */
  readonly awsResources: AwsResourcePlan;
  readonly [VALIDATED]: true;
}

/** Wraps a plan that validation has just derived. Internal to validation. */
export function validatedEngagement(
  file: string,
  plan: AccessPlan,
  awsResources: AwsResourcePlan = awsResourcePlan(plan),
): ValidatedEngagement {
  return { file, engagement: plan.engagement, plan, awsResources, [VALIDATED]: true };
}

/**
 * Whether a value is a `ValidatedEngagement` made by validation, rather than
 * raw engagement input.
 *
 * @example
 * isValidatedEngagement(loaded.engagements[0]); // true
 * isValidatedEngagement({ id: "checkout-fix-2026-11" }); // false
 */
export function isValidatedEngagement(value: unknown): value is ValidatedEngagement {
  return typeof value === "object" && value !== null && (value as { [VALIDATED]?: unknown })[VALIDATED] === true;
}
