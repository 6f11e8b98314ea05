import { iamTime } from "../dates/iamTime";
import type { AccessPlan } from "../lanes/accessPlan";
import type { ProvisioningDecision } from "../lifecycle/provisioningDecision";

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
 * manifestEntry(plan, decision).lanes.code; // ["storefront: push"]
 */
export function manifestEntry(plan: AccessPlan, decision: ProvisioningDecision): ManifestEntry {
  const { engagement, production } = plan;
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
      ...(plan.code ? { code: plan.code.repositories.map((repo) => `${repo.name}: ${repo.permission}`) } : {}),
      ...(plan.data
        ? { data: plan.data.datasets.map((dataset) => `${dataset.name} (${dataset.classification})`) }
        : {}),
      ...(production
        ? {
            production: `${production.access} ${iamTime(production.window.start)} to ${iamTime(production.window.end)}, approved by ${production.approvedBy} (${production.approval})`,
          }
        : {}),
    },
    sharedSecrets: engagement.sharedSecrets,
  };
}
