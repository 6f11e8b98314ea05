import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { AccessPlan } from "../lanes/accessPlan";
import type { IamUserResourcePlan, ProductionRolePlan } from "../lanes/awsResourcePlan";

/** The production lane's role and its permission policy. */
export interface ProductionRole {
  readonly role: aws.iam.Role;
  /** The role's permissions boundary. */
  readonly boundary: aws.iam.Policy;
  readonly rolePolicy: aws.iam.RolePolicy;
}

/**
 * Declares the production role: assumable only by the engagement's user,
 * only with MFA, only inside the approved window, for at most an hour per
 * session; its permission policy denies outside the window too, so sessions
 * already issued stop working when the window closes.
 */
export function declareProductionRole(
  name: string,
  plan: AccessPlan,
  resources: IamUserResourcePlan,
  production: ProductionRolePlan,
  user: aws.iam.User,
  parent: pulumi.Resource,
): ProductionRole {
  const boundary = new aws.iam.Policy(
    `${name}-production-boundary`,
    {
      name: production.boundary.name,
      path: plan.names.iamPath,
      description: production.boundary.description,
      policy: JSON.stringify(production.boundary.document),
      tags: resources.tags,
    },
    { parent },
  );
  const role = new aws.iam.Role(
    `${name}-production`,
    {
      name: production.name,
      path: plan.names.iamPath,
      description: production.description,
      assumeRolePolicy: user.arn.apply((arn) => JSON.stringify(production.trustPolicy(arn))),
      maxSessionDuration: production.maxSessionDuration,
      permissionsBoundary: boundary.arn,
      tags: resources.tags,
    },
    { parent },
  );
  const rolePolicy = new aws.iam.RolePolicy(
    `${name}-production`,
    {
      role: role.name,
      name: production.permissionPolicyName,
      policy: JSON.stringify(production.permissionPolicy),
    },
    { parent },
  );
  return { role, boundary, rolePolicy };
}
