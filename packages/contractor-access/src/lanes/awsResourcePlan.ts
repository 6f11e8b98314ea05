import type { PolicyDocument } from "../iam/policyDocument";
import { type PolicyStatement, policyDocument } from "../iam/policyDocument";
import { windowDenyStatements } from "../iam/windowDenyStatements";
import { toIamDescription } from "../limits/awsText";
import { PERMISSION_SET_DESCRIPTION_MAX } from "../limits/identityCenter";
import type { AccessPlan, IdentityCenterIdentityPlan } from "./accessPlan";
import { hasGrantsInAccount } from "./awsAccess";
import {
  type EngagementArns,
  productionBoundaryPolicy,
  productionPermissionPolicy,
  productionTrustPolicy,
} from "./engagementPolicies";
import { engagementTags } from "./engagementTags";
import { type BoundaryPrecision, cappingBoundary, userPolicyLayout } from "./userPolicyLayout";

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
 * An IAM Identity Center permission set as it will be declared: its inline
 * policy, its session duration, and the customer-managed policy in the
 * account that is its permissions boundary.
 */
export interface PermissionSetPlan {
  /** At most 32 characters (Identity Center's limit). */
  readonly name: string;
  /** At most 700 characters of Latin-1; changes in place. */
  readonly description: string;
  /** ISO 8601, such as `PT4H`. */
  readonly sessionDuration: string;
  /** The grants and the window Deny; no MFA statements, since Identity Center enforces MFA at sign-in. */
  readonly inlinePolicy: PolicyDocument;
  /** Declared in the account as a managed policy, and referenced by name and path. */
  readonly boundary: ManagedPolicyPlan;
}

/**
 * Every AWS resource of one engagement under `identity: iam-user`, with the
 * exact names, descriptions, tags and policy documents the component
 * declares. Validation checks this against IAM's limits, so what validates
 * is what AWS accepts.
 */
export interface IamUserResourcePlan {
  readonly backend: "iam-user";
  readonly tags: Readonly<Record<string, string>>;
  readonly boundary: ManagedPolicyPlan & { readonly precision: BoundaryPrecision };
  /** The grants, split across managed policies attached to the user. */
  readonly grants: readonly ManagedPolicyPlan[];
  readonly productionRole: ProductionRolePlan | undefined;
}

/** Every AWS resource of one engagement under `identity: identity-center`, as declared. */
export interface IdentityCenterResourcePlan {
  readonly backend: "identity-center";
  readonly tags: Readonly<Record<string, string>>;
  readonly identity: IdentityCenterIdentityPlan;
  /** The data and shared-secret grants; `undefined` when the engagement has none (code or production only). */
  readonly permissionSet: PermissionSetPlan | undefined;
  /** The production lane's own permission set, declared only while its window is open. */
  readonly productionPermissionSet: PermissionSetPlan | undefined;
}

/** Every AWS resource of one engagement, for the stack's identity backend. */
export type AwsResourcePlan = IamUserResourcePlan | IdentityCenterResourcePlan;

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
  return plan.identity.backend === "identity-center"
    ? identityCenterResourcePlan(plan, plan.identity)
    : iamUserResourcePlan(plan);
}

/** A permission set description: Latin-1 like IAM's, within Identity Center's 700 characters. */
function permissionSetDescription(text: string): string {
  return toIamDescription(text).slice(0, PERMISSION_SET_DESCRIPTION_MAX);
}

/**
 * Plans an engagement under Identity Center: one permission set with the
 * data and shared-secret grants, and one for production. Each holds the
 * window Deny in its inline policy, so that sessions already issued stop at
 * the second access ends, and has a boundary in the account that caps it.
 */
function identityCenterResourcePlan(
  plan: AccessPlan,
  identity: IdentityCenterIdentityPlan,
): IdentityCenterResourcePlan {
  const { engagement, names, production } = plan;
  const of = `contractor engagement ${engagement.id}`;
  const grants: PolicyStatement[] = [...(plan.data?.statements ?? []), ...(plan.sharedSecrets?.statements ?? [])];
  const windowDeny = windowDenyStatements(plan.accessWindow, "Engagement");
  const boundary = cappingBoundary(windowDeny, grants);
  return {
    backend: "identity-center",
    tags: engagementTags(plan),
    identity,
    permissionSet: !hasGrantsInAccount(plan)
      ? undefined
      : {
          name: names.permissionSet,
          description: permissionSetDescription(`Contractor engagement ${engagement.id}: ${engagement.task}`),
          sessionDuration: identity.sessionDuration,
          inlinePolicy: policyDocument([...windowDeny, ...grants]),
          boundary: {
            name: names.boundaryPolicy,
            description: toIamDescription(`Permissions boundary of ${of}`),
            document: boundary.document,
          },
        },
    productionPermissionSet: production && {
      name: names.productionPermissionSet,
      description: permissionSetDescription(
        `Production ${production.access} for ${engagement.id}, approved by ${production.approvedBy} (${production.approval})`,
      ),
      sessionDuration: identity.productionSessionDuration,
      inlinePolicy: productionPermissionPolicy(production),
      boundary: {
        name: `${names.productionRole}-boundary`,
        description: toIamDescription(`Permissions boundary of the production permission set of ${of}`),
        document: productionBoundaryPolicy(production, { mfa: "identity-center" }),
      },
    },
  };
}

function iamUserResourcePlan(plan: AccessPlan): IamUserResourcePlan {
  const { engagement, names, production } = plan;
  const arns: EngagementArns = production ? { productionRole: productionRoleArnPattern(plan) } : {};
  const layout = userPolicyLayout(plan, arns);
  // A managed policy's description cannot be changed in place (the provider replaces the policy), and a
  // replacement under the same name fails while the old one exists. So managed policies are described only
  // by what never changes for them: the engagement id and their position. The ticket is in the tags.
  const of = `contractor engagement ${engagement.id}`;
  return {
    backend: "iam-user",
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
