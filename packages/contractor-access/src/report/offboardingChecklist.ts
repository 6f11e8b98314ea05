import { iamTime } from "../dates/iamTime";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { hasGrantsInAccount } from "../lanes/awsAccess";
import type { IdentityCenterUserPlan } from "../lifecycle/identityCenterUsers";
import type { SharedSecretRotationPlan } from "../lifecycle/sharedSecretRotationPlans";
import type { OffboardingChecklist, SecretToRotate } from "./accessReport";
import { reportApprovals, reportPeople, reportWindow } from "./reportRecord";

/** What the checklist of one ended engagement is built from. */
export interface OffboardingContext {
  readonly settings: StackSettings;
  /** The organization members the stack keeps now (`organizationMembers` over the engagements on GitHub now). */
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** The Identity Store users the stack keeps now (`identityCenterUsers` over the provisioned engagements, lead time included). */
  readonly identityCenterUsers: readonly IdentityCenterUserPlan[];
  /** Every catalog secret's rotation (`sharedSecretRotationPlans` over all engagements). */
  readonly rotations: readonly SharedSecretRotationPlan[];
}

/**
 * What revoking the AWS identity removed. Under Identity Center the person's
 * Identity Store user is person-level like the GitHub membership: decided as
 * the stack decides it, so another engagement can keep it, and an adopted
 * user belongs to the directory it was synced from.
 */
function identityRevoked(plan: AccessPlan, users: readonly IdentityCenterUserPlan[]): string[] {
  const { names, identity } = plan;
  if (identity.backend === "iam-user") {
    const credentials = [plan.aws.console && "console login", plan.aws.accessKeys && "access keys", "MFA devices"];
    return [`IAM user ${names.iamUser} (${credentials.filter(Boolean).join(", ")}) deleted`];
  }
  const items: string[] = [];
  if (hasGrantsInAccount(plan)) {
    items.push(
      `Identity Center permission set ${names.permissionSet} and its assignment to ${identity.userName} removed`,
    );
  }
  if (plan.production) {
    items.push(`production permission set ${names.productionPermissionSet} removed (it exists only inside its window)`);
  }
  if (items.length === 0) return items;
  if (identity.adoptedUserId !== undefined) {
    items.push(
      `Identity Store user ${identity.adoptedUserId} (${identity.userName}) kept: it is synced from your directory`,
    );
    return items;
  }
  const keptBy = users
    .filter((user) => user.key === identity.userName.toLowerCase())
    .flatMap((user) => user.engagements)
    .filter((id) => id !== plan.engagement.id)
    .sort();
  items.push(
    keptBy.length > 0
      ? `Identity Store user ${identity.userName} kept: still needed by ${keptBy.join(", ")}`
      : `Identity Store user ${identity.userName} deleted`,
  );
  return items;
}

function revoked(plan: AccessPlan, { settings, members, identityCenterUsers }: OffboardingContext): string[] {
  const { names, code, production, data } = plan;
  const items = identityRevoked(plan, identityCenterUsers);
  if (code) {
    const grants = code.repositories.map(({ name, permission }) => `${name}: ${permission}`).join(", ");
    items.push(`GitHub team ${names.githubTeam} and its repository grants (${grants}) removed`);
    // Membership is person-level, decided as the stack decides it: another engagement can keep it.
    const keptBy = (members.get(code.githubUsername.toLowerCase()) ?? [])
      .filter((id) => id !== plan.engagement.id)
      .sort();
    const membership = `organization membership of ${code.githubUsername} in ${settings.githubOrg}`;
    items.push(
      keptBy.length > 0
        ? `${membership} kept: still needed by ${keptBy.join(", ")}`
        : `${membership} removed, with any pending invitation`,
    );
  }
  if (production && plan.identity.backend === "iam-user") items.push(`production role ${names.productionRole} deleted`);
  for (const { name, bucket, prefix } of data?.datasets ?? []) {
    items.push(`read access to ${name} (s3://${bucket}/${prefix}) revoked`);
  }
  return items;
}

function secretsToRotate(plan: AccessPlan, { settings, rotations }: OffboardingContext): SecretToRotate[] {
  return plan.engagement.sharedSecrets.flatMap((name) => {
    const rotation = rotations.find((candidate) => candidate.name === name);
    if (!rotation) return [];
    const description = settings.sharedSecrets[name]?.description;
    const action =
      rotation.rotation === "generated"
        ? "rotated automatically by the stack (new Secrets Manager version); after pulumi destroy, or once removed from the catalog, the last value stays AWSCURRENT: rotate it by hand"
        : description
          ? `rotate by hand: ${description}`
          : `rotate by hand at its source, then store the new value in ${rotation.arn}`;
    return [{ name, arn: rotation.arn, rotation: rotation.rotation, action }];
  });
}

function archive(plan: AccessPlan, file: string): string[] {
  const { names, production, window, accessWindow, engagement } = plan;
  const roles = [
    hasGrantsInAccount(plan) ? `AWSReservedSSO_${names.permissionSet}_*` : "",
    production ? `AWSReservedSSO_${names.productionPermissionSet}_*` : "",
  ].filter(Boolean);
  const identities =
    plan.identity.backend === "identity-center"
      ? `sessions of ${plan.identity.userName} in the role${roles.length > 1 ? "s" : ""} ${roles.join(" and ")}`
      : `IAM user ${names.iamUser}${production ? ` and role ${names.productionRole}` : ""}`;
  return [
    `Keep ${file} in the repository as the record`,
    `Archive the CloudTrail events of ${identities} from ${iamTime(window.start)} to ${iamTime(accessWindow.end)} (CloudTrail's event history keeps only 90 days)`,
    `Close ticket ${engagement.ticket} with a link to this report`,
  ];
}

/**
 * The offboarding checklist of an ended engagement: the record of request,
 * approvals and window, what the stack revoked, which shared secrets rotate
 * and how, and what to archive.
 *
 * @example
 * offboardingChecklist({ plan, file: "stacks/engagements/checkout-fix-2026-11.yaml" }, context).revoked[0];
 * // "IAM user contractor-checkout-fix-2026-11 (console login, access keys, MFA devices) deleted"
 */
export function offboardingChecklist(
  ended: { readonly plan: AccessPlan; readonly file: string },
  context: OffboardingContext,
): OffboardingChecklist {
  const { plan, file } = ended;
  const { engagement } = plan;
  return {
    id: engagement.id,
    endedAt: plan.accessEnd.at.toISOString(),
    endedBecause: plan.accessEnd.cause,
    endReason: plan.accessEnd.reason,
    ...(plan.accessEnd.by ? { endedBy: plan.accessEnd.by } : {}),
    record: {
      file,
      task: engagement.task,
      ticket: engagement.ticket,
      ...reportPeople(engagement),
      approvals: reportApprovals(engagement),
      window: reportWindow(plan.window),
    },
    revoked: revoked(plan, context),
    secretsToRotate: secretsToRotate(plan, context),
    archive: archive(plan, file),
  };
}
