import { iamTime } from "../dates/iamTime";
import type { AccessPlan } from "../lanes/accessPlan";
import type { ProvisioningDecision } from "../lifecycle/provisioningDecision";
import { grantPhrases } from "./grantPhrases";

/** One engagement in the stack's access manifest: who has what until when. No secrets. */
export interface ManifestEntry {
  readonly engagement: string;
  readonly task: string;
  readonly ticket: string;
  readonly owner: string;
  readonly contractor: string;
  readonly status: ProvisioningDecision["status"];
  readonly provisioned: boolean;
  readonly start: string;
  readonly end: string;
  readonly lanes: {
    readonly code?: readonly string[];
    readonly data?: readonly string[];
    readonly production?: string;
  };
  readonly sharedSecrets: readonly string[];
}

/**
 * The manifest entry of one engagement, for the stack output `accessManifest`:
 * what an auditor reads in six months without this repository.
 *
 * @example
 * manifestEntry(plan, decision).lanes.code; // ["storefront (push)"]
 */
export function manifestEntry(plan: AccessPlan, decision: ProvisioningDecision): ManifestEntry {
  const { engagement } = plan;
  const phrases = grantPhrases(plan);
  return {
    engagement: engagement.id,
    task: engagement.task,
    ticket: engagement.ticket,
    owner: engagement.owner.email,
    contractor: engagement.contractor.email,
    status: decision.status,
    provisioned: decision.provisioned,
    start: iamTime(plan.window.start),
    end: iamTime(plan.window.end),
    lanes: {
      ...(plan.code ? { code: phrases.code } : {}),
      ...(plan.data ? { data: phrases.data } : {}),
      ...(phrases.production ? { production: phrases.production } : {}),
    },
    sharedSecrets: engagement.sharedSecrets,
  };
}
