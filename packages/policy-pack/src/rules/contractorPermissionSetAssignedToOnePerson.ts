import * as aws from "@pulumi/aws";
import { type PolicyResource, type StackValidationPolicy, UnknownValueError } from "@pulumi/policy";
import { isContractorPermissionSet, ofPermissionSet } from "../contractorPermissionSets";

/** An input's value, or `undefined` while it is unknown during preview. */
function known(resource: PolicyResource, key: string): unknown {
  try {
    return resource.props[key];
  } catch (error) {
    if (error instanceof UnknownValueError) return undefined;
    throw error;
  }
}

/**
 * Compliant: a contractor permission set is assigned to users only, and to
 * one person. Assigned to a group, it would reach everyone in the group, now
 * and later, outside any engagement's review; assigned to two users, two
 * people would share one engagement's access, and the record would name one.
 * A principal not yet known during preview (the stack's own Identity Store
 * user) counts as that one person.
 */
export const contractorPermissionSetAssignedToOnePerson: StackValidationPolicy = {
  name: "contractor-permission-set-assigned-to-one-person",
  description:
    "Every contractor IAM Identity Center permission set is assigned to one user (principalType USER), never to a group and never to two people.",
  enforcementLevel: "mandatory",
  validateStack: (args, reportViolation) => {
    const assignments = args.resources.filter((resource) => resource.isType(aws.ssoadmin.AccountAssignment));
    for (const set of args.resources.filter(isContractorPermissionSet)) {
      const own = ofPermissionSet(set, assignments, aws.ssoadmin.AccountAssignment);
      for (const assignment of own) {
        const type = known(assignment, "principalType");
        if (type !== undefined && type !== "USER") {
          reportViolation(
            `Contractor permission set "${set.name}" is assigned to a ${String(type)}: everyone in it would get the contractor's access, now and later, outside any engagement's review. Assign it to the contractor's user (principalType USER).`,
            assignment.urn,
          );
        }
      }
      const principals = new Set(
        own.map((assignment) => known(assignment, "principalId")).filter((id) => typeof id === "string"),
      );
      if (principals.size > 1) {
        reportViolation(
          `Contractor permission set "${set.name}" is assigned to ${principals.size} different principals: one engagement is one person's access, so that the record names who acted. Give each person their own engagement.`,
          set.urn,
        );
      }
    }
  },
};
