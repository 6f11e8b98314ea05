import * as aws from "@pulumi/aws";
import * as github from "@pulumi/github";
import type * as pulumi from "@pulumi/pulumi";
import { ContractorEngagement, type ContractorEngagementArgs } from "../component/ContractorEngagement";
import type { EngagementCredentials } from "../component/engagementCredentials";
import { type ManifestEntry, manifestEntry } from "../describe/accessManifest";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { identityCenterUsers } from "../lifecycle/identityCenterUsers";
import { organizationMembers } from "../lifecycle/organizationMembers";
import { type ProvisioningDecision, provisioningDecision } from "../lifecycle/provisioningDecision";
import { pushedRepositories } from "../lifecycle/pushedRepositories";
import { sharedSecretRotationPlans } from "../lifecycle/sharedSecretRotationPlans";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import { declareAlertTopic } from "./alertTopic";
import { declareDefaultBranchRuleset } from "./defaultBranchRuleset";
import { SharedSecretRotation } from "./SharedSecretRotation";

/** Validated input of a stack: settings, engagements and the instant that decides their status. */
export interface ContractorAccessInput {
  readonly settings: StackSettings;
  readonly engagements: readonly ValidatedEngagement[];
  readonly now: Date;
  /**
   * Under `identity: identity-center`, the provider for Identity Center
   * (`identitystore`, `ssoadmin`), when it is administered from another
   * account than the one the stack deploys to. @default the stack's provider
   */
  readonly identityCenterProvider?: pulumi.ProviderResource;
}

/** What the stack declared and exports. */
export interface ContractorAccessStack {
  /** Every engagement in the repository with its status: the stack output `accessManifest`. */
  readonly accessManifest: ManifestEntry[];
  /** Credentials of each provisioned engagement, by id; every value is a secret output. */
  readonly credentials: Record<string, pulumi.Output<EngagementCredentials>>;
  /** What each provisioned engagement's contractor does to start, by id: the stack output `onboarding`. */
  readonly onboarding: Record<string, readonly string[]>;
  /** The provisioned components, by engagement id. */
  readonly engagements: ReadonlyMap<string, ContractorEngagement>;
}

/** The component's Identity Center arguments: the person's user id and the provider. */
function identityCenterArgs(
  plan: AccessPlan,
  users: ReadonlyMap<string, aws.identitystore.User>,
  provider: pulumi.ProviderResource | undefined,
): Pick<ContractorEngagementArgs, "identityCenterUserId" | "identityCenterProvider"> {
  if (plan.identity.backend !== "identity-center") return {};
  const user = users.get(plan.identity.userName.toLowerCase());
  return {
    ...(user ? { identityCenterUserId: user.userId } : {}),
    ...(provider ? { identityCenterProvider: provider } : {}),
  };
}

/**
 * Declares a stack's contractor access from validated input: one
 * `ContractorEngagement` per provisioned engagement (logical name = its id),
 * one organization membership per person on GitHub now, under Identity
 * Center one Identity Store user per person (unless adopted), one default-branch
 * ruleset per repository an active engagement pushes to, and one
 * `SharedSecretRotation` per generated catalog secret.
 */
export function declareContractorAccess(input: ContractorAccessInput): ContractorAccessStack {
  const { settings, now } = input;
  const entries = input.engagements.map((validated) => {
    const decision: ProvisioningDecision = provisioningDecision(validated.plan, now, settings.upcomingLeadDays);
    return { validated, plan: validated.plan, decision };
  });
  const provisioned = entries.filter(({ decision }) => decision.provisioned);

  // Person-level, so that ending one of two concurrent engagements leaves the other intact. Only engagements
  // that have started count: GitHub cannot deny by time, so the lead time applies to the AWS identity alone.
  const onGithub = provisioned.filter(({ decision }) => decision.github);
  const memberships = new Map<string, github.Membership>();
  for (const username of organizationMembers(onGithub.map(({ plan }) => plan)).keys()) {
    memberships.set(username, new github.Membership(`github-member-${username}`, { username, role: "member" }));
  }

  // Person-level too: one Identity Store user per person, kept while any of their engagements reaches AWS.
  const identityStoreUsers = new Map<string, aws.identitystore.User>();
  for (const user of identityCenterUsers(provisioned.map(({ plan }) => plan))) {
    identityStoreUsers.set(
      user.key,
      new aws.identitystore.User(
        `identity-center-user-${user.key}`,
        {
          identityStoreId: user.identityStoreId,
          userName: user.userName,
          displayName: user.displayName,
          name: { givenName: user.givenName, familyName: user.familyName },
          emails: { value: user.userName, primary: true, type: "work" },
        },
        input.identityCenterProvider ? { provider: input.identityCenterProvider } : {},
      ),
    );
  }

  const alertTopicArn = declareAlertTopic(
    settings,
    provisioned.map(({ plan }) => plan),
  );
  const engagements = new Map<string, ContractorEngagement>();
  for (const { plan, validated, decision } of provisioned) {
    const username = decision.github ? plan.code?.githubUsername.toLowerCase() : undefined;
    const component = new ContractorEngagement(plan.engagement.id, {
      engagement: validated,
      github: decision.github ? "now" : "later",
      organizationMembership: username ? memberships.get(username) : undefined,
      now,
      ...(alertTopicArn === undefined ? {} : { alertTopicArn }),
      ...identityCenterArgs(plan, identityStoreUsers, input.identityCenterProvider),
    });
    engagements.set(plan.engagement.id, component);
  }

  // Repository-level, like the membership: kept while any active engagement pushes there.
  for (const repository of pushedRepositories(onGithub.map(({ plan }) => plan)).keys()) {
    declareDefaultBranchRuleset(repository);
  }

  for (const rotation of sharedSecretRotationPlans(entries, settings)) {
    if (rotation.rotation === "generated") new SharedSecretRotation(`shared-secret-${rotation.name}`, rotation);
  }

  return {
    accessManifest: entries.map(({ plan, decision }) => manifestEntry(plan, decision)),
    credentials: Object.fromEntries([...engagements].map(([id, component]) => [id, component.credentials])),
    onboarding: Object.fromEntries([...engagements].map(([id, component]) => [id, component.onboarding])),
    engagements,
  };
}
