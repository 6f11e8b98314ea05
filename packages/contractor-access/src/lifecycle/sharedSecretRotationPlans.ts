import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import type { ProvisioningDecision } from "./provisioningDecision";

/** What the stack does about one catalog secret that engagements have been granted. */
export interface SharedSecretRotationPlan {
  readonly name: string;
  readonly arn: string;
  readonly rotation: "generated" | "manual";
  /** Engagements that may read it now. */
  readonly readers: readonly string[];
  /** Engagements that could read it and have ended: each one that joins this list rotates the value. */
  readonly revokedReaders: readonly string[];
}

/**
 * For every catalog secret any engagement in the repository lists, who
 * reads it now and who has lost access. The stack keys the secret's random
 * value on `revokedReaders`, so the value rotates exactly when the set of
 * readers loses a member by an engagement ending. (An engagement whose file
 * is deleted while active is not seen here: end it by its date instead.)
 *
 * @example
 * sharedSecretRotationPlans(entries, settings)[0]; // { name: "stripe-test-key", readers: ["checkout-fix-2026-11"], revokedReaders: [], ... }
 */
export function sharedSecretRotationPlans(
  entries: readonly { readonly plan: AccessPlan; readonly decision: ProvisioningDecision }[],
  settings: StackSettings,
): SharedSecretRotationPlan[] {
  const names = [...new Set(entries.flatMap(({ plan }) => plan.engagement.sharedSecrets))].sort();
  return names.flatMap((name) => {
    const entry = settings.sharedSecrets[name];
    if (!entry) return [];
    const listing = entries.filter(({ plan }) => plan.engagement.sharedSecrets.includes(name));
    const ids = (filter: (decision: ProvisioningDecision) => boolean) =>
      listing
        .filter(({ decision }) => filter(decision))
        .map(({ plan }) => plan.engagement.id)
        .sort();
    return [
      {
        name,
        arn: entry.arn,
        rotation: entry.rotation,
        readers: ids((decision) => decision.provisioned),
        revokedReaders: ids((decision) => decision.status === "ended"),
      },
    ];
  });
}
