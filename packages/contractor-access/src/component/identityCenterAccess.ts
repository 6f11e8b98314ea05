import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { AccessPlan } from "../lanes/accessPlan";
import type { IdentityCenterResourcePlan, PermissionSetPlan } from "../lanes/awsResourcePlan";

/** One permission set with everything that makes it usable: policy, boundary, and the person's assignment. */
export interface AssignedPermissionSet {
  readonly permissionSet: aws.ssoadmin.PermissionSet;
  readonly inlinePolicy: aws.ssoadmin.PermissionSetInlinePolicy;
  /** The boundary, a managed policy in the account the set is assigned in. */
  readonly boundary: aws.iam.Policy;
  readonly boundaryAttachment: aws.ssoadmin.PermissionsBoundaryAttachment;
  readonly assignment: aws.ssoadmin.AccountAssignment;
}

/** An engagement's Identity Center access: its permission set, and production's while its window is open. */
export interface IdentityCenterAccess {
  /** `undefined` when the engagement grants nothing in AWS but production. */
  readonly engagement: AssignedPermissionSet | undefined;
  /** `undefined` without a production lane, or outside its window. */
  readonly production: AssignedPermissionSet | undefined;
}

/** Where the Identity Center resources are declared, and to whom they are assigned. */
export interface IdentityCenterTarget {
  /** The person's Identity Store user id: the stack's user, or the adopted one. */
  readonly principalId: pulumi.Input<string>;
  /** Whether the production window is open now, so its permission set exists. */
  readonly productionOpen: boolean;
  /**
   * The provider for `ssoadmin` resources, when Identity Center is
   * administered from another account than the one the stack deploys to.
   */
  readonly provider: pulumi.ProviderResource | undefined;
}

function declarePermissionSet(
  logicalName: string,
  plan: AccessPlan,
  resources: IdentityCenterResourcePlan,
  set: PermissionSetPlan,
  target: IdentityCenterTarget,
  parent: pulumi.Resource,
): AssignedPermissionSet {
  const { instanceArn, accountId } = resources.identity;
  const { tags } = resources;
  const path = plan.names.iamPath;
  const admin: pulumi.CustomResourceOptions = { parent, ...(target.provider ? { provider: target.provider } : {}) };
  // The boundary lives in the account the set is assigned in: Identity Center
  // refers to it by name and path when it provisions the set's role there.
  const boundary = new aws.iam.Policy(
    `${logicalName}-boundary`,
    {
      name: set.boundary.name,
      path,
      description: set.boundary.description,
      policy: JSON.stringify(set.boundary.document),
      tags,
    },
    { parent },
  );
  const permissionSet = new aws.ssoadmin.PermissionSet(
    logicalName,
    { instanceArn, name: set.name, description: set.description, sessionDuration: set.sessionDuration, tags },
    admin,
  );
  const inlinePolicy = new aws.ssoadmin.PermissionSetInlinePolicy(
    logicalName,
    { instanceArn, permissionSetArn: permissionSet.arn, inlinePolicy: JSON.stringify(set.inlinePolicy) },
    admin,
  );
  const boundaryAttachment = new aws.ssoadmin.PermissionsBoundaryAttachment(
    logicalName,
    {
      instanceArn,
      permissionSetArn: permissionSet.arn,
      // From the policy's outputs, so that the policy exists before it is referenced and outlives the reference.
      permissionsBoundary: { customerManagedPolicyReference: { name: boundary.name, path: boundary.path } },
    },
    admin,
  );
  // Assigned only once its policy and boundary are in place; on destroy the
  // assignment goes first, so the person never holds the set without its Denies.
  const assignment = new aws.ssoadmin.AccountAssignment(
    logicalName,
    {
      instanceArn,
      permissionSetArn: permissionSet.arn,
      principalId: target.principalId,
      principalType: "USER",
      targetId: accountId,
      targetType: "AWS_ACCOUNT",
    },
    { ...admin, dependsOn: [inlinePolicy, boundaryAttachment] },
  );
  return { permissionSet, inlinePolicy, boundary, boundaryAttachment, assignment };
}

/**
 * Declares an engagement's Identity Center access as children of `parent`:
 * a permission set with the data and shared-secret grants, assigned to the
 * person in the account, and the production permission set only while its
 * window is open. No IAM user and no long-term credential exists.
 */
export function declareIdentityCenterAccess(
  name: string,
  plan: AccessPlan,
  resources: IdentityCenterResourcePlan,
  target: IdentityCenterTarget,
  parent: pulumi.Resource,
): IdentityCenterAccess {
  const { permissionSet, productionPermissionSet } = resources;
  return {
    engagement: permissionSet && declarePermissionSet(name, plan, resources, permissionSet, target, parent),
    production:
      productionPermissionSet && target.productionOpen
        ? declarePermissionSet(`${name}-production`, plan, resources, productionPermissionSet, target, parent)
        : undefined,
  };
}
