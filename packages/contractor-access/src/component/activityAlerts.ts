import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { AccessPlan } from "../lanes/accessPlan";
import { activityEventPattern } from "../lanes/activityEventPattern";
import { hasAwsAccess } from "../lanes/awsAccess";

/** The engagement's activity alert: an EventBridge rule on its CloudTrail events and the rule's SNS target. */
export interface ActivityAlerts {
  readonly rule: aws.cloudwatch.EventRule;
  readonly target: aws.cloudwatch.EventTarget;
}

/** What the rule watches, for its description: under Identity Center the sign-ins are not this account's to see. */
function watched(plan: AccessPlan): string {
  return plan.identity.backend === "identity-center"
    ? "refusals and production writes of its Identity Center sessions"
    : "sign-ins, role assumptions, MFA and credential changes, refusals, production writes";
}

/**
 * Declares the activity alert of an engagement that can act in AWS, as
 * children of `parent`, so destroying the engagement removes it too. Nothing
 * without a topic, or for an engagement that cannot act in AWS (an IAM user
 * that cannot sign in; under Identity Center, no permission set). The rule
 * lives on the default event bus of the provider's region, which receives
 * CloudTrail's events of that region. Under Identity Center that is the
 * account the permission sets are assigned in, which sees the sessions'
 * calls but not the sign-ins, MFA and credential events: those are logged in
 * the account that holds the Identity Center instance.
 */
export function declareActivityAlerts(
  name: string,
  plan: AccessPlan,
  topicArn: pulumi.Input<string> | undefined,
  tags: Readonly<Record<string, string>>,
  parent: pulumi.Resource,
): ActivityAlerts | undefined {
  if (topicArn === undefined || !hasAwsAccess(plan)) return undefined;
  const rule = new aws.cloudwatch.EventRule(
    `${name}-activity`,
    {
      // contractor-<id>-activity: at most 60 characters of EventBridge's 64.
      name: `${plan.names.iamUser}-activity`,
      description: `Activity of contractor ${plan.engagement.id}: ${watched(plan)}`,
      eventPattern: JSON.stringify(activityEventPattern(plan)),
      tags: { ...tags },
    },
    { parent },
  );
  const target = new aws.cloudwatch.EventTarget(`${name}-activity`, { rule: rule.name, arn: topicArn }, { parent });
  return { rule, target };
}
