import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { AccessPlan, ProductionLanePlan } from "../lanes/accessPlan";
import { productionPermissionPolicy, productionTrustPolicy } from "../lanes/engagementPolicies";
import { engagementTags } from "./engagementTags";

/** The production lane's role and its permission policy. */
export interface ProductionRole {
  readonly role: aws.iam.Role;
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
  production: ProductionLanePlan,
  user: aws.iam.User,
  parent: pulumi.Resource,
): ProductionRole {
  const role = new aws.iam.Role(
    `${name}-production`,
    {
      name: plan.names.productionRole,
      path: plan.names.iamPath,
      description: `Production ${production.access} for ${plan.engagement.id}, approved by ${production.approvedBy} (${production.approval})`,
      assumeRolePolicy: user.arn.apply((arn) => JSON.stringify(productionTrustPolicy(production, arn))),
      maxSessionDuration: production.maxSessionSeconds,
      tags: engagementTags(plan),
    },
    { parent },
  );
  const rolePolicy = new aws.iam.RolePolicy(
    `${name}-production`,
    {
      role: role.name,
      name: `${plan.names.productionRole}-access`,
      policy: JSON.stringify(productionPermissionPolicy(production)),
    },
    { parent },
  );
  return { role, rolePolicy };
}
