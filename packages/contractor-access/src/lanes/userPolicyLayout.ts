import { type PolicyDocument, type PolicyStatement, policyDocument } from "../iam/policyDocument";
import { MANAGED_POLICY_CHARACTERS_MAX } from "../limits/iamQuotas";
import { policyCharacterCount } from "../limits/policyCharacters";
import type { AccessPlan } from "./accessPlan";
import { type EngagementArns, grantStatements, guardStatements, selfServiceStatements } from "./engagementPolicies";

/** How precisely the permissions boundary names what it allows. */
export type BoundaryPrecision = "exact" | "per-bucket" | "per-action";

/** The user's policies: one boundary and the grants, split into managed policies that each fit IAM's limit. */
export interface UserPolicyLayout {
  /** The permissions boundary: every Deny, the self-service Allows, and Allows covering every grant. */
  readonly boundary: PolicyDocument;
  /** How the boundary names the grants: exactly when it fits, coarser when the exact form would overflow it. */
  readonly boundaryPrecision: BoundaryPrecision;
  /** The managed policies attached to the user, in order; the first also holds the self-service Allows. */
  readonly grants: readonly PolicyDocument[];
}

const fits = (document: PolicyDocument) =>
  (policyCharacterCount(document) ?? Infinity) <= MANAGED_POLICY_CHARACTERS_MAX;

/**
 * Splits the grants across as few managed policies as hold them, in order,
 * each within IAM's 6,144 characters and each carrying the guard Denies. A
 * single grant too large for any policy still gets one of its own, so that
 * the limits check names it rather than the split hiding it.
 */
function packGrants(guard: PolicyStatement[], selfService: PolicyStatement[], grants: PolicyStatement[]) {
  const documents: PolicyStatement[][] = [[...guard, ...selfService]];
  for (const grant of grants) {
    const current = documents[documents.length - 1] ?? [];
    if (fits(policyDocument([...current, grant])) || current.length === guard.length) current.push(grant);
    else documents.push([...guard, grant]);
  }
  return documents.map(policyDocument);
}

function resources(statement: PolicyStatement): string[] {
  return [statement.Resource ?? []].flat();
}

function actions(statement: PolicyStatement): string[] {
  return [statement.Action ?? []].flat();
}

/**
 * The grants at a coarser precision, for a boundary that cannot hold them
 * exactly: the same actions on the buckets (not their prefixes), or on every
 * resource. The attached policies still grant only the exact prefixes and
 * secrets; the boundary is the cap on what any policy could ever grant.
 */
function coarsen(grants: PolicyStatement[], precision: BoundaryPrecision): PolicyStatement[] {
  if (precision === "exact") return grants;
  const byAction = new Map<string, Set<string>>();
  for (const grant of grants) {
    for (const action of actions(grant)) {
      const set = byAction.get(action) ?? new Set<string>();
      for (const resource of resources(grant)) {
        // Bucket-level: arn:aws:s3:::bucket/prefix* becomes arn:aws:s3:::bucket/*.
        set.add(precision === "per-action" ? "*" : resource.replace(/^(arn:aws[\w-]*:s3:::[^/]+)\/.*$/, "$1/*"));
      }
      byAction.set(action, set);
    }
  }
  return [...byAction].map(
    ([action, set], index): PolicyStatement => ({
      Sid: `BoundaryGrant${index + 1}`,
      Effect: "Allow",
      Action: action,
      Resource: set.has("*") ? "*" : [...set].sort(),
    }),
  );
}

/**
 * A permissions boundary that holds `fixed` (the Denies and any Allows it
 * must name exactly) and caps `grants` as exactly as IAM's 6,144 characters
 * allow: the grants themselves, else per bucket, else per action.
 *
 * @example
 * cappingBoundary(windowDenyStatements(window, "Engagement"), grants).precision; // "exact"
 */
export function cappingBoundary(
  fixed: readonly PolicyStatement[],
  grants: PolicyStatement[],
): { readonly document: PolicyDocument; readonly precision: BoundaryPrecision } {
  // The first precision that fits, computed lazily: most engagements fit exactly.
  const precisions: BoundaryPrecision[] = ["exact", "per-bucket", "per-action"];
  let boundary = { precision: "per-action" as BoundaryPrecision, document: policyDocument([...fixed]) };
  for (const precision of precisions) {
    boundary = { precision, document: policyDocument([...fixed, ...coarsen(grants, precision)]) };
    if (fits(boundary.document)) break;
  }
  return boundary;
}

/**
 * Lays out the user's policies so that every one fits IAM's limits: no
 * inline policy at all (a user's inline policies share 2,048 characters),
 * the grants in managed policies of at most 6,144 characters each, and one
 * boundary that carries every Deny and caps the grants, as exactly as fits.
 *
 * @example
 * userPolicyLayout(plan, { productionRole: "arn:aws:iam::123456789012:role/contractors/contractor-x-production" }).grants.length; // 1
 */
export function userPolicyLayout(plan: AccessPlan, arns: EngagementArns): UserPolicyLayout {
  const guard = guardStatements(plan);
  const selfService = selfServiceStatements(plan);
  const grants = grantStatements(plan, arns);
  const boundary = cappingBoundary([...guard, ...selfService], grants);
  return {
    boundary: boundary.document,
    boundaryPrecision: boundary.precision,
    grants: packGrants(guard, selfService, grants),
  };
}
