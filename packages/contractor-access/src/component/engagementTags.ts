import { ENGAGEMENT_TAG_KEYS } from "../contract/tags";
import { iamTime } from "../dates/iamTime";
import type { AccessPlan } from "../lanes/accessPlan";

// AWS tag values: at most 256 characters of letters, digits, spaces and _.:/=+-@
const DISALLOWED = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu;

function tagValue(text: string): string {
  return text.replace(DISALLOWED, "_").slice(0, 256);
}

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
    [ENGAGEMENT_TAG_KEYS.engagement]: tagValue(plan.engagement.id),
    [ENGAGEMENT_TAG_KEYS.owner]: tagValue(plan.engagement.owner.email),
    [ENGAGEMENT_TAG_KEYS.ticket]: tagValue(plan.engagement.ticket),
    [ENGAGEMENT_TAG_KEYS.ends]: iamTime(plan.window.end),
  };
}
