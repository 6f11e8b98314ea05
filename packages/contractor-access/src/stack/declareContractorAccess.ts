import * as github from "@pulumi/github";
import type * as pulumi from "@pulumi/pulumi";
import { ContractorEngagement } from "../component/ContractorEngagement";
import type { EngagementCredentials } from "../component/engagementCredentials";
import { type ManifestEntry, manifestEntry } from "../describe/accessManifest";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { organizationMembers } from "../lifecycle/organizationMembers";
import { type ProvisioningDecision, provisioningDecision } from "../lifecycle/provisioningDecision";
import { sharedSecretRotationPlans } from "../lifecycle/sharedSecretRotationPlans";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import { SharedSecretRotation } from "./SharedSecretRotation";

/** Validated input of a stack: settings, engagements and the instant that decides their status. */
export interface ContractorAccessInput {
  readonly settings: StackSettings;
  readonly engagements: readonly ValidatedEngagement[];
  readonly now: Date;
}

/** What the stack declared and exports. */
export interface ContractorAccessStack {
  /** Every engagement in the repository with its status: the stack output `accessManifest`. */
  readonly accessManifest: ManifestEntry[];
  /** Credentials of each provisioned engagement, by id; every value is a secret output. */
  readonly credentials: Record<string, pulumi.Output<EngagementCredentials>>;
  /** The provisioned components, by engagement id. */
  readonly engagements: ReadonlyMap<string, ContractorEngagement>;
}

/**
 * Declares a stack's contractor access from validated input: one
 * `ContractorEngagement` per provisioned engagement (logical name = its id),
 * one organization membership per person who needs one, and one
 * `SharedSecretRotation` per generated catalog secret that engagements list.
 */
export function declareContractorAccess(input: ContractorAccessInput): ContractorAccessStack {
  const { settings, now } = input;
  const entries = input.engagements.map((validated) => {
    const decision: ProvisioningDecision = provisioningDecision(validated.plan, now, settings.upcomingLeadDays);
    return { validated, plan: validated.plan, decision };
  });
  const provisioned = entries.filter(({ decision }) => decision.provisioned);

  // Person-level, so that ending one of two concurrent engagements leaves the other intact.
  const memberships = new Map<string, github.Membership>();
  for (const username of organizationMembers(provisioned.map(({ plan }) => plan)).keys()) {
    memberships.set(username, new github.Membership(`github-member-${username}`, { username, role: "member" }));
  }

  const engagements = new Map<string, ContractorEngagement>();
  for (const { plan, validated } of provisioned) {
    const username = plan.code?.githubUsername.toLowerCase();
    const component = new ContractorEngagement(plan.engagement.id, {
      engagement: validated,
      organizationMembership: username ? memberships.get(username) : undefined,
      now,
    });
    engagements.set(plan.engagement.id, component);
  }

  for (const rotation of sharedSecretRotationPlans(entries, settings)) {
    if (rotation.rotation === "generated") new SharedSecretRotation(`shared-secret-${rotation.name}`, rotation);
  }

  return {
    accessManifest: entries.map(({ plan, decision }) => manifestEntry(plan, decision)),
    credentials: Object.fromEntries([...engagements].map(([id, component]) => [id, component.credentials])),
    engagements,
  };
}
