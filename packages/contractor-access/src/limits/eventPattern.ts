import { formatCount, type LimitViolation } from "./limitViolation";

/**
 * Characters of one EventBridge event pattern: 2,048 by default, raisable to
 * 4,096 by a quota increase (Amazon EventBridge User Guide, "Amazon EventBridge
 * quotas", Event pattern size; the Pulumi AWS provider's `EventRule.eventPattern`
 * says the same). The library stays within the default.
 */
export const EVENT_PATTERN_CHARACTERS_MAX = 2048;

/**
 * Checks an event pattern, as the JSON text the rule is given, against
 * EventBridge's size limit.
 *
 * @example
 * checkEventPattern('{"source":["aws.iam"]}', "checkout-activity"); // []
 */
export function checkEventPattern(pattern: string, resource: string): LimitViolation[] {
  if (pattern.length <= EVENT_PATTERN_CHARACTERS_MAX) return [];
  return [
    {
      resource,
      limit: "eventbridge-event-pattern-size",
      allowed: EVENT_PATTERN_CHARACTERS_MAX,
      actual: pattern.length,
      message: `event pattern of EventBridge rule ${resource} has ${formatCount(pattern.length)} characters; EventBridge allows ${formatCount(EVENT_PATTERN_CHARACTERS_MAX)} by default`,
    },
  ];
}
