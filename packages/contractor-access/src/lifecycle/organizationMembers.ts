import type { AccessPlan } from "../lanes/accessPlan";

/**
 * The people who must be organization members: every GitHub username with at
 * least one provisioned engagement that grants repository access, and the
 * engagements that keep them there. A person with no such engagement is not
 * a member at all, so ending their last engagement removes them from the
 * organization (and cancels a pending invitation).
 *
 * @param provisioned Plans of the engagements the stack provisions now.
 * @example
 * organizationMembers(plans); // Map { "dana-codes" => ["checkout-fix-2026-11", "payments-2026-12"] }
 */
export function organizationMembers(provisioned: readonly AccessPlan[]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const plan of provisioned) {
    if (!plan.code || plan.code.repositories.length === 0) continue;
    // GitHub usernames are case-insensitive; one membership per person.
    const username = plan.code.githubUsername.toLowerCase();
    members.set(username, [...(members.get(username) ?? []), plan.engagement.id]);
  }
  return members;
}
