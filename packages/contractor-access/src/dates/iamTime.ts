/**
 * Formats an instant for an IAM `aws:CurrentTime` condition: UTC, whole
 * seconds (IAM compares at second precision), such as `2026-11-28T23:59:59Z`.
 * Milliseconds are dropped, so an inclusive end of `23:59:59.999` becomes
 * `23:59:59` and a `DateGreaterThan` deny takes effect at the next second.
 *
 * @example
 * iamTime(new Date("2026-11-28T23:59:59.999Z")); // "2026-11-28T23:59:59Z"
 */
export function iamTime(instant: Date): string {
  return new Date(Math.floor(instant.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");
}
