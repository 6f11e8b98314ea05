import type { AccessPlan } from "../lanes/accessPlan";
import { hasAwsAccess } from "../lanes/awsAccess";

/** An Identity Store user the stack creates for one person. */
export interface IdentityCenterUserPlan {
  /** The key of the person: their email, lowercased. */
  readonly key: string;
  readonly identityStoreId: string;
  /** The email as the person's first engagement writes it: their user name and their email. */
  readonly userName: string;
  readonly displayName: string;
  /** Identity Center requires both; a one-word name is used for both. */
  readonly givenName: string;
  readonly familyName: string;
  /** The engagements that keep the user. */
  readonly engagements: readonly string[];
}

function splitName(name: string): { givenName: string; familyName: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { givenName: name.trim(), familyName: name.trim() };
  return { givenName: words.slice(0, -1).join(" "), familyName: words[words.length - 1] ?? name };
}

/**
 * The Identity Store users the stack creates: one per person (by email,
 * ignoring case) with at least one provisioned engagement that reaches AWS
 * under Identity Center and adopts no existing user. Like the GitHub
 * membership it is person-level, so ending one of two concurrent engagements
 * leaves the other's assignments intact, and ending the last removes the user.
 *
 * @param provisioned Plans of the engagements the stack provisions now.
 * @example
 * identityCenterUsers(plans).map((user) => user.userName); // ["dana@freelance.example"]
 */
export function identityCenterUsers(provisioned: readonly AccessPlan[]): IdentityCenterUserPlan[] {
  const users = new Map<string, IdentityCenterUserPlan>();
  for (const plan of provisioned) {
    const { identity, engagement } = plan;
    if (identity.backend !== "identity-center" || identity.adoptedUserId !== undefined || !hasAwsAccess(plan)) continue;
    const key = identity.userName.toLowerCase();
    const earlier = users.get(key);
    users.set(
      key,
      earlier
        ? { ...earlier, engagements: [...earlier.engagements, engagement.id] }
        : {
            key,
            identityStoreId: identity.identityStoreId,
            userName: identity.userName,
            displayName: engagement.contractor.name,
            ...splitName(engagement.contractor.name),
            engagements: [engagement.id],
          },
    );
  }
  return [...users.values()];
}
