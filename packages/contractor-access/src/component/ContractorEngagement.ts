import type * as aws from "@pulumi/aws";
import type * as github from "@pulumi/github";
import * as pulumi from "@pulumi/pulumi";
import { COMPONENT_TYPES } from "../contract/names";
import { onboardingSteps } from "../describe/onboardingSteps";
import type { AccessPlan } from "../lanes/accessPlan";
import { productionWindowOpen } from "../lifecycle/productionWindowOpen";
import { declareActivityAlerts } from "./activityAlerts";
import { type AwsIdentity, declareAwsIdentity } from "./awsIdentity";
import type { ContractorEngagementArgs } from "./contractorEngagementArgs";
import { type EngagementCredentials, engagementCredentials } from "./engagementCredentials";
import { declareGithubAccess } from "./githubAccess";
import {
  type AssignedPermissionSet,
  declareIdentityCenterAccess,
  type IdentityCenterAccess,
} from "./identityCenterAccess";
import { prepareEngagement } from "./prepareEngagement";
import { declareProductionRole, type ProductionRole } from "./productionRole";

export type { ContractorEngagementArgs } from "./contractorEngagementArgs";

/**
 * One contractor engagement. Under `identity: iam-user` (the default): a
 * per-engagement IAM user with MFA enforced, a permissions boundary, policies
 * that deny outside the window, optional console access and rotating access
 * keys, and a production role for an approved window. Under
 * `identity: identity-center`: a permission set with the same grants and
 * window Deny, assigned to the person's Identity Store user, and a production
 * permission set that exists only while its window is open. Either way,
 * GitHub team access. Every resource is this component's child, so removing
 * the engagement from the stack, or `pulumi destroy`, revokes it all.
 *
 * Type token: `contractor-access:index:ContractorEngagement`.
 */
export class ContractorEngagement extends pulumi.ComponentResource {
  /** What the engagement grants, lane by lane: the same plan the review prints. */
  public readonly plan: AccessPlan;
  /** The IAM user; `undefined` under Identity Center. */
  public readonly user: aws.iam.User | undefined;
  /** The user's permissions boundary; `undefined` under Identity Center. */
  public readonly boundary: aws.iam.Policy | undefined;
  /** The grants, in managed policies attached to the user (as many as IAM's 6,144-character limit requires); empty under Identity Center. */
  public readonly grantPolicies: readonly aws.iam.Policy[];
  /** The console login profile; `undefined` when `aws.console` is off, and under Identity Center. */
  public readonly loginProfile: aws.iam.UserLoginProfile | undefined;
  /** The current period's access key; `undefined` when `aws.accessKeys` is off, and under Identity Center. */
  public readonly accessKey: aws.iam.AccessKey | undefined;
  /** The production role; `undefined` without a production lane, and under Identity Center. */
  public readonly productionRole: aws.iam.Role | undefined;
  public readonly productionRolePolicy: aws.iam.RolePolicy | undefined;
  /** Under Identity Center, the engagement's permission set, its policies and assignment; otherwise `undefined`. */
  public readonly permissionSet: AssignedPermissionSet | undefined;
  /** Under Identity Center, the production permission set while its window is open; otherwise `undefined`. */
  public readonly productionPermissionSet: AssignedPermissionSet | undefined;
  /** The GitHub team; `undefined` without a code lane, or with `github: "later"`. */
  public readonly team: github.Team | undefined;
  /** Team repository grants by repository name; empty without a code lane, or with `github: "later"`. */
  public readonly teamRepositories: Readonly<Record<string, github.TeamRepository>>;
  public readonly teamMembership: github.TeamMembership | undefined;
  /** The activity alert rule; `undefined` without `alertTopicArn`, or when the person cannot sign in to AWS. */
  public readonly activityRule: aws.cloudwatch.EventRule | undefined;
  /** The activity alert rule's SNS target; `undefined` with no rule. */
  public readonly activityTarget: aws.cloudwatch.EventTarget | undefined;
  /** The contractor's credentials, always a secret output (PGP-encrypted values when a key is given); under Identity Center only the user name. */
  public readonly credentials: pulumi.Output<EngagementCredentials>;
  /** What the contractor does to start (sign in, enrol MFA by its deadline, use MFA), in plain sentences; no secrets. */
  public readonly onboarding: readonly string[];

  constructor(name: string, args: ContractorEngagementArgs, opts?: pulumi.ComponentResourceOptions) {
    // Validate before registering anything: bad input declares nothing at all.
    const { validated, rotation, now } = prepareEngagement(name, args, opts);
    const { plan, awsResources } = validated;
    // A `false` is harmless but is not passed on either: only the defaults reach the children.
    const { protect: _protect, retainOnDelete: _retainOnDelete, ...childSafeOpts } = opts ?? {};
    super(COMPONENT_TYPES.engagement, name, {}, childSafeOpts);

    let identity: AwsIdentity | undefined;
    let production: ProductionRole | undefined;
    let center: IdentityCenterAccess | undefined;
    let credentials: pulumi.Output<EngagementCredentials>;
    if (awsResources.backend === "iam-user") {
      identity = declareAwsIdentity(name, plan, awsResources, rotation, this);
      production = awsResources.productionRole
        ? declareProductionRole(name, plan, awsResources, awsResources.productionRole, identity.user, this)
        : undefined;
      credentials = engagementCredentials(identity, plan.names.iamUser, plan.aws.pgpKey !== undefined);
    } else {
      center = declareIdentityCenterAccess(
        name,
        plan,
        awsResources,
        {
          // prepareEngagement refused an engagement whose sets have no one to be assigned to;
          // without a set, nothing reads the principal.
          principalId: awsResources.identity.adoptedUserId ?? args.identityCenterUserId ?? "",
          productionOpen: productionWindowOpen(plan, now),
          provider: args.identityCenterProvider,
        },
        this,
      );
      // No password and no key: the person signs in at the access portal with their user name.
      credentials = pulumi.secret({ userName: awsResources.identity.userName });
    }
    const alerts = declareActivityAlerts(name, plan, args.alertTopicArn, awsResources.tags, this);
    const code =
      plan.code && args.github !== "later" && args.organizationMembership
        ? declareGithubAccess(name, plan, plan.code, args.organizationMembership, this)
        : undefined;

    this.plan = plan;
    this.user = identity?.user;
    this.boundary = identity?.boundary;
    this.grantPolicies = identity?.grantPolicies ?? [];
    this.loginProfile = identity?.loginProfile;
    this.accessKey = identity?.accessKey;
    this.productionRole = production?.role;
    this.productionRolePolicy = production?.rolePolicy;
    this.permissionSet = center?.engagement;
    this.productionPermissionSet = center?.production;
    this.team = code?.team;
    this.teamRepositories = code?.repositories ?? {};
    this.teamMembership = code?.membership;
    this.activityRule = alerts?.rule;
    this.activityTarget = alerts?.target;
    this.credentials = credentials;
    this.onboarding = onboardingSteps(plan);
    // No credentials here: the stack output and the provider's resources hold them; a third copy in state adds nothing.
    this.registerOutputs({
      onboarding: this.onboarding,
      userName: this.user?.name,
      userArn: this.user?.arn,
      productionRoleArn: this.productionRole?.arn,
      permissionSetArn: this.permissionSet?.permissionSet.arn,
      productionPermissionSetArn: this.productionPermissionSet?.permissionSet.arn,
      teamSlug: this.team?.slug,
      activityRuleArn: this.activityRule?.arn,
    });
  }
}
