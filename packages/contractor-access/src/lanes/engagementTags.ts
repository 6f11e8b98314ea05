import { ENGAGEMENT_TAG_KEYS } from "../contract/tags";
import { iamTime } from "../dates/iamTime";
import { toTagValue } from "../limits/awsText";
import type { AccessPlan } from "./accessPlan";

/**
 * The tags on every AWS resource of an engagement, so that anyone looking at
 * the user or role in the console can find the engagement, its owner, its
 * ticket and its end without this repository.
 *
 * @example
 * engagementTags(plan)["contractor-access:ends"]; // "2026-11-28T23:59:59Z"
 */
export function engagementTags(plan: AccessPlan): Record<string, string> {
  return {
    [ENGAGEMENT_TAG_KEYS.engagement]: toTagValue(plan.engagement.id),
    [ENGAGEMENT_TAG_KEYS.owner]: toTagValue(plan.engagement.owner.email),
    [ENGAGEMENT_TAG_KEYS.ticket]: toTagValue(plan.engagement.ticket),
    [ENGAGEMENT_TAG_KEYS.ends]: iamTime(plan.accessWindow.end),
  };
}
