import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { accessIsOver } from "./accessStatus";
import type { ProvisioningDecision } from "./provisioningDecision";

/** What the stack does about one catalog secret. */
export interface SharedSecretRotationPlan {
  readonly name: string;
  readonly arn: string;
  readonly rotation: "generated" | "manual";
  /**
   * Engagements whose identity may read it now (provisioned ones), sorted.
   * The stack keys a generated secret's value on exactly this set.
   */
  readonly readers: readonly string[];
  /** Engagements in the repository that listed it and have ended. */
  readonly revokedReaders: readonly string[];
}

/**
 * For every `generated` catalog secret, and every `manual` one an engagement
 * lists, who reads it now and who has lost access.
 *
 * The stack keys a generated secret's random value on the sorted set of
 * current `readers`, so any change to that set writes a new value: a reader
 * whose engagement ends, whose file is deleted while active, or who stops
 * listing the secret. (Pulumi's keepers see only the current inputs, never
 * the previous run's, so "who has lost access" cannot be computed from files
 * that are gone; the current set can.) A reader joining rotates it too, which
 * is harmless. Generated secrets are planned even when no engagement lists
 * them, so the last reader leaving still rotates the value; dropping the
 * component instead would leave the last value as `AWSCURRENT`.
 *
 * @example
 * sharedSecretRotationPlans(entries, settings)[0]; // { name: "stripe-test-key", readers: ["checkout-fix-2026-11"], revokedReaders: [], ... }
 */
export function sharedSecretRotationPlans(
  entries: readonly { readonly plan: AccessPlan; readonly decision: ProvisioningDecision }[],
  settings: StackSettings,
): SharedSecretRotationPlan[] {
  const listed = new Set(entries.flatMap(({ plan }) => plan.engagement.sharedSecrets));
  const names = Object.entries(settings.sharedSecrets)
    .filter(([name, entry]) => entry.rotation === "generated" || listed.has(name))
    .map(([name]) => name)
    .sort();
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
        revokedReaders: ids((decision) => accessIsOver(decision.status)),
      },
    ];
  });
}
