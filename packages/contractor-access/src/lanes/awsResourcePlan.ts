import type { PolicyDocument } from "../iam/policyDocument";
import { toIamDescription } from "../limits/awsText";
import type { AccessPlan } from "./accessPlan";
import {
  type EngagementArns,
  productionBoundaryPolicy,
  productionPermissionPolicy,
  productionTrustPolicy,
} from "./engagementPolicies";
import { engagementTags } from "./engagementTags";
import { type BoundaryPrecision, userPolicyLayout } from "./userPolicyLayout";

/** A customer-managed policy as it will be declared. */
export interface ManagedPolicyPlan {
  readonly name: string;
  /** Made acceptable to IAM (Latin-1, at most 1,000 characters). */
  readonly description: string;
  readonly document: PolicyDocument;
}

/** The production role as it will be declared. */
export interface ProductionRolePlan {
  readonly name: string;
  readonly description: string;
  readonly maxSessionDuration: number;
  /** The trust policy, once the user's ARN is known. */
  readonly trustPolicy: (userArn: string) => PolicyDocument;
  /** Its permissions boundary: window, MFA and identity denies, and at most the production actions. */
  readonly boundary: ManagedPolicyPlan;
  /** Its one inline policy. */
  readonly permissionPolicyName: string;
  readonly permissionPolicy: PolicyDocument;
}

/**
 * Every AWS resource of one engagement, with the exact names, descriptions,
 * tags and policy documents the component declares. Validation checks this
 * against IAM's limits, so what validates is what AWS accepts.
 */
export interface AwsResourcePlan {
  readonly tags: Readonly<Record<string, string>>;
  readonly boundary: ManagedPolicyPlan & { readonly precision: BoundaryPrecision };
  /** The grants, split across managed policies attached to the user. */
  readonly grants: readonly ManagedPolicyPlan[];
  readonly productionRole: ProductionRolePlan | undefined;
}

/**
 * The production role's ARN, built from its name rather than taken from the
 * role: the role trusts the user, so the user's policies cannot wait for the
 * role without a cycle. The account is the policy variable
 * `${aws:PrincipalAccount}`, which IAM resolves to the account of the user
 * making the request: the stack's account, where the role lives. A role of
 * the same name in another account can therefore never be assumed.
 *
 * @example
 * productionRoleArnPattern(plan); // "arn:aws:iam::${aws:PrincipalAccount}:role/contractors/contractor-checkout-fix-2026-11-production"
 */
export function productionRoleArnPattern(plan: AccessPlan): string {
  return `arn:aws:iam::\${aws:PrincipalAccount}:role${plan.names.iamPath}${plan.names.productionRole}`;
}

/**
 * Plans the AWS resources of an engagement.
 *
 * @example
 * awsResourcePlan(plan).grants.map((policy) => policy.name); // ["contractor-checkout-fix-2026-11-access-1"]
 */
export function awsResourcePlan(plan: AccessPlan): AwsResourcePlan {
  const { engagement, names, production } = plan;
  const arns: EngagementArns = production ? { productionRole: productionRoleArnPattern(plan) } : {};
  const layout = userPolicyLayout(plan, arns);
  // A managed policy's description cannot be changed in place (the provider replaces the policy), and a
  // replacement under the same name fails while the old one exists. So managed policies are described only
  // by what never changes for them: the engagement id and their position. The ticket is in the tags.
  const of = `contractor engagement ${engagement.id}`;
  return {
    tags: engagementTags(plan),
    boundary: {
      name: names.boundaryPolicy,
      description: toIamDescription(`Permissions boundary of ${of}`),
      document: layout.boundary,
      precision: layout.boundaryPrecision,
    },
    grants: layout.grants.map((document, index) => ({
      name: `${names.accessPolicy}-${index + 1}`,
      description: toIamDescription(`Grants, part ${index + 1}, of ${of}`),
      document,
    })),
    productionRole: production && {
      name: names.productionRole,
      description: toIamDescription(
        `Production ${production.access} for ${engagement.id}, approved by ${production.approvedBy} (${production.approval})`,
      ),
      maxSessionDuration: production.maxSessionSeconds,
      boundary: {
        name: `${names.productionRole}-boundary`,
        description: toIamDescription(`Permissions boundary of the production role of ${of}`),
        document: productionBoundaryPolicy(production),
      },
      trustPolicy: (userArn) => productionTrustPolicy(production, userArn, names.iamUser),
      permissionPolicyName: `${names.productionRole}-access`,
      permissionPolicy: productionPermissionPolicy(production),
    },
  };
}
