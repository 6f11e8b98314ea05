import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { accessKeyName } from "../contract/accessKeyLabel";
import type { AccessPlan } from "../lanes/accessPlan";
import type { IamUserResourcePlan } from "../lanes/awsResourcePlan";
import type { KeyRotationPeriod } from "./keyRotationPeriod";

/** The AWS identity of one engagement: a user capped by a boundary, its policy and its credentials. */
export interface AwsIdentity {
  readonly boundary: aws.iam.Policy;
  readonly user: aws.iam.User;
  /** The grants, in managed policies attached to the user. */
  readonly grantPolicies: readonly aws.iam.Policy[];
  readonly grantAttachments: readonly aws.iam.UserPolicyAttachment[];
  readonly loginProfile: aws.iam.UserLoginProfile | undefined;
  readonly accessKey: aws.iam.AccessKey | undefined;
}

/**
 * Declares the engagement's IAM user and everything on it, as children of
 * `parent`. `forceDestroy` is set from creation, because contractors enrol
 * their own MFA devices, which otherwise make `DeleteUser` fail at offboarding.
 */
export function declareAwsIdentity(
  name: string,
  plan: AccessPlan,
  resources: IamUserResourcePlan,
  rotation: KeyRotationPeriod,
  parent: pulumi.Resource,
): AwsIdentity {
  const { tags } = resources;
  const path = plan.names.iamPath;
  const managedPolicy = (logicalName: string, policy: IamUserResourcePlan["grants"][number]) =>
    new aws.iam.Policy(
      logicalName,
      { name: policy.name, path, description: policy.description, policy: JSON.stringify(policy.document), tags },
      { parent },
    );
  const boundary = managedPolicy(`${name}-boundary`, resources.boundary);
  const user = new aws.iam.User(
    name,
    { name: plan.names.iamUser, path, forceDestroy: true, permissionsBoundary: boundary.arn, tags },
    { parent },
  );
  // Managed, not inline: a user's inline policies share 2,048 characters, a managed policy has 6,144.
  const grantPolicies = resources.grants.map((policy, index) => managedPolicy(`${name}-access-${index + 1}`, policy));
  const grantAttachments = grantPolicies.map(
    (policy, index) =>
      new aws.iam.UserPolicyAttachment(
        `${name}-access-${index + 1}`,
        { user: user.name, policyArn: policy.arn },
        { parent },
      ),
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
  return { boundary, user, grantPolicies, grantAttachments, loginProfile, accessKey };
}
