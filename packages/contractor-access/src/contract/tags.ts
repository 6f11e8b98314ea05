/** The tag keys on every taggable AWS resource of an engagement, by what they hold. */
export const ENGAGEMENT_TAG_KEYS = {
  engagement: "contractor-access:engagement",
  owner: "contractor-access:owner",
  ticket: "contractor-access:ticket",
  ends: "contractor-access:ends",
} as const;

/** Every engagement tag key, in a fixed order: what the policy pack requires by default. */
export const REQUIRED_TAG_KEYS: readonly string[] = Object.values(ENGAGEMENT_TAG_KEYS);
