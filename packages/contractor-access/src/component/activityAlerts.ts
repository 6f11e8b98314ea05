import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { AccessPlan } from "../lanes/accessPlan";
import { activityEventPattern, hasAwsAccess } from "../lanes/activityEventPattern";

/** The engagement's activity alert: an EventBridge rule on its CloudTrail events and the rule's SNS target. */
export interface ActivityAlerts {
  readonly rule: aws.cloudwatch.EventRule;
  readonly target: aws.cloudwatch.EventTarget;
}

/**
 * Declares the activity alert of an engagement that can act in AWS, as
 * children of `parent`, so destroying the engagement removes it too. Nothing
 * without a topic, or for an engagement whose user cannot sign in. The rule
 * lives on the default event bus of the provider's region, which receives
 * CloudTrail's events of that region.
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
      description: `Activity of contractor ${plan.engagement.id}: sign-ins, role assumptions, MFA and credential changes, refusals, production writes`,
      eventPattern: JSON.stringify(activityEventPattern(plan)),
      tags: { ...tags },
    },
    { parent },
  );
  const target = new aws.cloudwatch.EventTarget(`${name}-activity`, { rule: rule.name, arn: topicArn }, { parent });
  return { rule, target };
}
