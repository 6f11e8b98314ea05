import { engagementRule } from "./rule";

/** Access keys rotate at least every `settings.maxKeyRotationDays` days: `aws.keyRotationDays` is at most that. */
export const keyRotationWithinMax = engagementRule(
  "keyRotationWithinMax",
  "Access keys rotate at least every settings.maxKeyRotationDays days: aws.keyRotationDays is at most that.",
  ({ aws }, settings) =>
    aws.accessKeys && aws.keyRotationDays > settings.maxKeyRotationDays
      ? [
          {
            path: ["aws", "keyRotationDays"],
            message: `aws.keyRotationDays is ${aws.keyRotationDays}, more than the maximum of ${settings.maxKeyRotationDays} days; rotate access keys at least every ${settings.maxKeyRotationDays} days`,
          },
        ]
      : [],
);
