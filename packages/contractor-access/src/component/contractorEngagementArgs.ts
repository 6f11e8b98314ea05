import type * as pulumi from "@pulumi/pulumi";
import type { EngagementInput } from "../engagement/engagementTypes";
import type { StackSettingsInput } from "../engagement/stackSettingsTypes";
import type { ValidatedEngagement } from "../validation/validatedEngagement";

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
