import type * as aws from "@pulumi/aws";
import type * as github from "@pulumi/github";
import * as pulumi from "@pulumi/pulumi";
import { COMPONENT_TYPES } from "../contract/names";
import { onboardingSteps } from "../describe/onboardingSteps";
import type { EngagementInput } from "../engagement/engagementTypes";
import { stackSettingsSchema } from "../engagement/stackSettingsSchema";
import type { StackSettingsInput } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { productionWindowOpen } from "../lifecycle/productionWindowOpen";
import { formatDiagnostic, formatFieldPath } from "../validation/diagnostic";
import { plainErrorMap } from "../validation/plainErrorMap";
import { isValidatedEngagement, type ValidatedEngagement } from "../validation/validatedEngagement";
import { validateEngagements } from "../validation/validateEngagements";
import { declareActivityAlerts } from "./activityAlerts";
import { declareAwsIdentity } from "./awsIdentity";
import { type EngagementCredentials, engagementCredentials } from "./engagementCredentials";
import { declareGithubAccess } from "./githubAccess";
import { type AssignedPermissionSet, declareIdentityCenterAccess } from "./identityCenterAccess";
import { type KeyRotationPeriod, keyRotationPeriod } from "./keyRotationPeriod";
import { declareProductionRole } from "./productionRole";
import { refusePinningOptions } from "./refusePinningOptions";

/** The arguments of a {@link ContractorEngagement}. */
export interface ContractorEngagementArgs {
  /**
   * The engagement: plain data known when the program runs, since it decides
   * which children exist. Either one validated with its stack
   * (`validateEngagements`, `loadStackInput`), whose plan is declared as it
   * is, or raw input, which is validated here against `settings` (schema and
   * every single-engagement rule); any problem refuses the whole component.
   */
  readonly engagement: ValidatedEngagement | EngagementInput;
  /**
   * The stack settings raw input is validated against: internal domains,
   * timezone, limits, catalogs and production permissions. Required with raw
   * input; not read for a validated engagement, which carries its plan.
   */
  readonly settings?: StackSettingsInput;
  /**
   * The person's GitHub organization membership (a `github.Membership`),
   * required when the code lane lists repositories. It is person-level and
   * lives in the stack, shared by all of that person's engagements, so that
   * ending one of two concurrent engagements leaves the other intact; the
   * team membership depends on it, so destroy removes it last.
   */
  readonly organizationMembership?: pulumi.Resource;
  /**
   * Whether the code lane is declared on GitHub now. GitHub has no time
   * condition, so an engagement provisioned ahead of its start
   * (`upcomingLeadDays`) gets its AWS identity, denied by policy until the
   * start, but no team, repository grant or team membership: the stack passes
   * `"later"` and declares them at its first run after the start. With
   * `"later"`, `organizationMembership` is neither required nor used.
   * @default "now"
   */
  readonly github?: "now" | "later";
  /**
   * The SNS topic of the engagement's activity alerts. With it, an engagement
   * whose user can sign in gets an EventBridge rule on its CloudTrail events
   * (sign-ins, role assumptions, MFA and credential changes, refusals,
   * production writes) with this topic as target.
   * @default no alerts
   */
  readonly alertTopicArn?: pulumi.Input<string>;
  /**
   * Under `identity: identity-center`: the person's Identity Store user id,
   * normally the `userId` of the stack's per-person `aws.identitystore.User`,
   * which then outlives this engagement when the person has another. Not
   * needed when the engagement names `contractor.identityCenterUserId` (the
   * user is adopted), nor when it grants nothing in AWS.
   */
  readonly identityCenterUserId?: pulumi.Input<string>;
  /**
   * Under `identity: identity-center`: the provider for the `ssoadmin`
   * resources, when Identity Center is administered from another account
   * (the management or delegated administrator account) than the one the
   * stack deploys to. The permission sets' boundaries are managed policies in
   * `identityCenter.accountId`, declared with the component's own provider.
   * @default the component's provider
   */
  readonly identityCenterProvider?: pulumi.ProviderResource;
  /**
   * The instant that decides the access key's rotation period and, under
   * Identity Center, whether the production window is open.
   * @default new Date() when the program runs
   */
  readonly now?: Date;
}

function refuse(message: string): never {
  // No resource exists yet to attach the error to: the component refuses before it registers.
  throw new pulumi.ResourceError(message, undefined);
}

/** The raw-input path: validates settings and engagement, then joins the validated path. */
function validateRawInput(
  name: string,
  engagement: EngagementInput,
  settingsInput: StackSettingsInput | undefined,
  now: Date,
) {
  if (settingsInput === undefined) {
    refuse(
      `engagement "${name}" is raw input, so settings are required to validate it; pass settings, or an engagement from validateEngagements`,
    );
  }
  const settings = stackSettingsSchema.safeParse(settingsInput, { error: plainErrorMap(stackSettingsSchema) });
  if (!settings.success) {
    const problems = settings.error.issues.map(
      (issue) => `${formatFieldPath(["settings", ...issue.path])}: ${issue.message}`,
    );
    refuse(`Invalid stack settings for engagement "${name}":\n${problems.join("\n")}`);
  }
  const result = validateEngagements([{ file: `engagement "${name}"`, content: engagement }], settings.data, { now });
  const [validated] = result.engagements;
  if (result.errors.length > 0 || !validated) {
    refuse(`Invalid engagement:\n${result.errors.map(formatDiagnostic).join("\n")}`);
  }
  return validated;
}

/**
 * Takes the plan from validation (validating raw input first) and checks the
 * wiring. Throws a `ResourceError` listing every problem; it runs before the
 * component registers, so that invalid input leaves no trace in the stack.
 */
function prepare(
  name: string,
  args: ContractorEngagementArgs,
  opts: pulumi.ComponentResourceOptions | undefined,
): { validated: ValidatedEngagement; rotation: KeyRotationPeriod; now: Date } {
  refusePinningOptions(name, opts);
  // One instant for validation and key rotation alike: the time the program runs, unless given.
  const now = args.now ?? new Date();
  const validated = isValidatedEngagement(args.engagement)
    ? args.engagement
    : validateRawInput(name, args.engagement, args.settings, now);
  const { plan } = validated;
  if (args.github !== undefined && args.github !== "now" && args.github !== "later") {
    refuse(`engagement "${name}" has github "${String(args.github)}"; use "now" or "later"`);
  }
  if (plan.code && args.github !== "later" && !args.organizationMembership) {
    refuse(
      `engagement "${name}" has a code lane but no organizationMembership; declare the person's github.Membership in the stack and pass it, so that revocation removes the person from the organization`,
    );
  }
  const { awsResources } = validated;
  if (
    awsResources.backend === "identity-center" &&
    (awsResources.permissionSet || awsResources.productionPermissionSet) &&
    plan.identity.backend === "identity-center" &&
    plan.identity.adoptedUserId === undefined &&
    args.identityCenterUserId === undefined
  ) {
    refuse(
      `engagement "${name}" uses Identity Center but has no identityCenterUserId; declare the person's aws.identitystore.User in the stack and pass its userId, or set contractor.identityCenterUserId to adopt an existing user`,
    );
  }
  const rotation = keyRotationPeriod(plan.window.start, now, plan.aws.keyRotationDays, plan.timeZone);
  return { validated, rotation, now };
}

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
    const { validated, rotation, now } = prepare(name, args, opts);
    const { plan, awsResources } = validated;
    // A `false` is harmless but is not passed on either: only the defaults reach the children.
    const { protect: _protect, retainOnDelete: _retainOnDelete, ...childSafeOpts } = opts ?? {};
    super(COMPONENT_TYPES.engagement, name, {}, childSafeOpts);

    const identity =
      awsResources.backend === "iam-user" ? declareAwsIdentity(name, plan, awsResources, rotation, this) : undefined;
    const production =
      awsResources.backend === "iam-user" && awsResources.productionRole && identity
        ? declareProductionRole(name, plan, awsResources, awsResources.productionRole, identity.user, this)
        : undefined;
    const center =
      awsResources.backend === "identity-center"
        ? declareIdentityCenterAccess(
            name,
            plan,
            awsResources,
            {
              principalId: awsResources.identity.adoptedUserId ?? args.identityCenterUserId ?? "",
              productionOpen: productionWindowOpen(plan, now),
              provider: args.identityCenterProvider,
            },
            this,
          )
        : undefined;
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
    this.credentials = identity
      ? engagementCredentials(identity)
      : pulumi.secret({ userName: plan.identity.backend === "identity-center" ? plan.identity.userName : "" });
    this.onboarding = onboardingSteps(plan);
    this.registerOutputs({
      onboarding: this.onboarding,
      userName: this.user?.name,
      userArn: this.user?.arn,
      productionRoleArn: this.productionRole?.arn,
      permissionSetArn: this.permissionSet?.permissionSet.arn,
      productionPermissionSetArn: this.productionPermissionSet?.permissionSet.arn,
      teamSlug: this.team?.slug,
      activityRuleArn: this.activityRule?.arn,
      credentials: this.credentials,
    });
  }
}
