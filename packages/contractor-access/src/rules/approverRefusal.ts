import { isInternalEmail } from "../engagement/emailDomain";
import type { Engagement } from "../engagement/engagementTypes";
import type { StackSettings } from "../engagement/stackSettingsTypes";

/**
 * Why an approver cannot approve access for this engagement, or `undefined`
 * when they can: an approver is an employee, and never the contractor
 * (the owner may approve).
 *
 * @example
 * approverRefusal("dana@freelance.example", engagement, settings);
 * // "dana@freelance.example is not in an internal domain (acme.example)"
 */
export function approverRefusal(
  approvedBy: string,
  engagement: Engagement,
  settings: StackSettings,
): string | undefined {
  // Checked first: a contractor with an internal address (which
  // contractorIsExternal refuses) must still not approve their own access.
  if (approvedBy.toLowerCase() === engagement.contractor.email.toLowerCase()) {
    return `${approvedBy} is the contractor's own email`;
  }
  if (!isInternalEmail(approvedBy, settings.internalDomains)) {
    return `${approvedBy} is not in an internal domain (${settings.internalDomains.join(", ")})`;
  }
  return undefined;
}
