import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { accessKeyName } from "../contract/accessKeyLabel";
import type { AccessPlan } from "../lanes/accessPlan";
import { accessPolicyDocument, boundaryPolicyDocument } from "../lanes/engagementPolicies";
import { engagementTags } from "./engagementTags";
import type { KeyRotationPeriod } from "./keyRotationPeriod";

/** The AWS identity of one engagement: a user capped by a boundary, its policy and its credentials. */
export interface AwsIdentity {
  readonly boundary: aws.iam.Policy;
  readonly user: aws.iam.User;
  readonly accessPolicy: aws.iam.UserPolicy;
  readonly loginProfile: aws.iam.UserLoginProfile | undefined;
  readonly accessKey: aws.iam.AccessKey | undefined;
}

/**
 * The production role's ARN, built from its name rather than taken from the
 * role: the role trusts the user, so the user's policies cannot wait for the
 * role without a cycle. Any account: the role's trust policy names this user.
 */
export function productionRoleArnPattern(plan: AccessPlan): string {
  return `arn:aws:iam::*:role${plan.names.iamPath}${plan.names.productionRole}`;
}

/**
 * Declares the engagement's IAM user and everything on it, as children of
 * `parent`. `forceDestroy` is set from creation, because contractors enrol
 * their own MFA devices, which otherwise make `DeleteUser` fail at offboarding.
 */
export function declareAwsIdentity(
  name: string,
  plan: AccessPlan,
  rotation: KeyRotationPeriod,
  parent: pulumi.Resource,
): AwsIdentity {
  const tags = engagementTags(plan);
  const arns = plan.production ? { productionRole: productionRoleArnPattern(plan) } : {};
  const boundary = new aws.iam.Policy(
    `${name}-boundary`,
    {
      name: plan.names.boundaryPolicy,
      path: plan.names.iamPath,
      description: `Permissions boundary of contractor engagement ${plan.engagement.id} (${plan.engagement.ticket})`,
      policy: JSON.stringify(boundaryPolicyDocument(plan, arns)),
      tags,
    },
    { parent },
  );
  const user = new aws.iam.User(
    name,
    {
      name: plan.names.iamUser,
      path: plan.names.iamPath,
      forceDestroy: true,
      permissionsBoundary: boundary.arn,
      tags,
    },
    { parent },
  );
  const accessPolicy = new aws.iam.UserPolicy(
    `${name}-access`,
    { user: user.name, name: plan.names.accessPolicy, policy: JSON.stringify(accessPolicyDocument(plan, arns)) },
    { parent },
  );
  const pgpKey = plan.aws.pgpKey;
  const loginProfile = plan.aws.console
    ? new aws.iam.UserLoginProfile(
        `${name}-console`,
        { user: user.name, passwordResetRequired: true, ...(pgpKey ? { pgpKey } : {}) },
        { parent },
      )
    : undefined;
  // The period's first day is part of the name: a new period declares a new
  // key, and Pulumi deletes the old one in the same update.
  const accessKey = plan.aws.accessKeys
    ? new aws.iam.AccessKey(
        accessKeyName(name, rotation.label),
        { user: user.name, ...(pgpKey ? { pgpKey } : {}) },
        { parent },
      )
    : undefined;
  return { boundary, user, accessPolicy, loginProfile, accessKey };
}
