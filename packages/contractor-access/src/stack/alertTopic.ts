import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { CONTRACTOR_NAME_PREFIX } from "../contract/names";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { AccessPlan } from "../lanes/accessPlan";
import { hasAwsAccess } from "../lanes/awsAccess";
import { compareText } from "../text/compareText";

/**
 * The topic policy of the stack's alert topic: EventBridge may publish, and
 * only for rules of this account named like the engagements' rules, so no
 * other account's rule can use the topic to reach the owners.
 */
export function alertTopicPolicy(topicArn: string): string {
  // arn:<partition>:sns:<region>:<account>:<name>
  const [, partition = "aws", , region = "", account = ""] = topicArn.split(":");
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "EventBridgeRulesOfThisAccountPublish",
        Effect: "Allow",
        Principal: { Service: "events.amazonaws.com" },
        Action: "sns:Publish",
        Resource: topicArn,
        Condition: {
          ArnLike: { "aws:SourceArn": `arn:${partition}:events:${region}:${account}:rule/${CONTRACTOR_NAME_PREFIX}*` },
          StringEquals: { "aws:SourceAccount": account },
        },
      },
    ],
  });
}

/**
 * Where the engagements' activity alerts go: the topic of `alerts.topicArn`,
 * or, with `alerts.emailOwners`, one topic the stack declares with its policy
 * and an email subscription per owner of a provisioned engagement that can
 * act in AWS (keyed by email, so an owner's second engagement adds nothing).
 * `undefined` when alerts are not configured.
 */
export function declareAlertTopic(
  settings: StackSettings,
  provisioned: readonly AccessPlan[],
): pulumi.Input<string> | undefined {
  const alerts = settings.alerts;
  if (alerts?.topicArn !== undefined) return alerts.topicArn;
  if (alerts?.emailOwners !== true) return undefined;
  const topic = new aws.sns.Topic("contractor-access-alerts", { name: "contractor-access-alerts" });
  new aws.sns.TopicPolicy("contractor-access-alerts", { arn: topic.arn, policy: topic.arn.apply(alertTopicPolicy) });
  const owners = [...new Set(provisioned.filter(hasAwsAccess).map((plan) => plan.engagement.owner.email))];
  for (const email of owners.sort(compareText)) {
    new aws.sns.TopicSubscription(`contractor-access-alerts-${email}`, {
      topic: topic.arn,
      protocol: "email",
      endpoint: email,
    });
  }
  return pulumi.output(topic.arn);
}
