import type { EnforcementLevel, Policies } from "@pulumi/policy";
import { accessKeysRotateWithinMaximum } from "./accessKeysRotateWithinMaximum";
import { contractorPermissionSetAssignedToOnePerson } from "./contractorPermissionSetAssignedToOnePerson";
import { contractorPermissionSetHasPermissionsBoundary } from "./contractorPermissionSetHasPermissionsBoundary";
import { contractorPermissionSetSessionsWithinMaximum } from "./contractorPermissionSetSessionsWithinMaximum";
import { contractorPermissionSetsDenyOutsideWindow } from "./contractorPermissionSetsDenyOutsideWindow";
import { contractorPoliciesDenyOutsideWindow } from "./contractorPoliciesDenyOutsideWindow";
import { contractorPoliciesEnforceMfa } from "./contractorPoliciesEnforceMfa";
import { contractorResourcesDeletable } from "./contractorResourcesDeletable";
import { contractorResourcesTagged } from "./contractorResourcesTagged";
import { contractorUserHasForceDestroy } from "./contractorUserHasForceDestroy";
import { contractorUserHasPermissionsBoundary } from "./contractorUserHasPermissionsBoundary";
import { engagementTeamPermissionAtMostPush } from "./engagementTeamPermissionAtMostPush";

export { accessKeysRotateWithinMaximum, type KeyRotationConfig } from "./accessKeysRotateWithinMaximum";
export { contractorPermissionSetAssignedToOnePerson } from "./contractorPermissionSetAssignedToOnePerson";
export { contractorPermissionSetHasPermissionsBoundary } from "./contractorPermissionSetHasPermissionsBoundary";
export {
  contractorPermissionSetSessionsWithinMaximum,
  type SessionDurationConfig,
} from "./contractorPermissionSetSessionsWithinMaximum";
export { contractorPermissionSetsDenyOutsideWindow } from "./contractorPermissionSetsDenyOutsideWindow";
export { contractorPoliciesDenyOutsideWindow } from "./contractorPoliciesDenyOutsideWindow";
export { contractorPoliciesEnforceMfa } from "./contractorPoliciesEnforceMfa";
export { contractorResourcesDeletable } from "./contractorResourcesDeletable";
export { contractorResourcesTagged, DEFAULT_REQUIRED_TAGS, type RequiredTagsConfig } from "./contractorResourcesTagged";
export { contractorUserHasForceDestroy } from "./contractorUserHasForceDestroy";
export { contractorUserHasPermissionsBoundary } from "./contractorUserHasPermissionsBoundary";
export { engagementTeamPermissionAtMostPush, PERMISSIONS_AT_MOST_PUSH } from "./engagementTeamPermissionAtMostPush";

/** Every rule of the pack, each mandatory unless configured otherwise. Importing this starts nothing. */
export const allPolicies: Policies = [
  contractorUserHasPermissionsBoundary,
  contractorUserHasForceDestroy,
  contractorPoliciesDenyOutsideWindow,
  contractorPoliciesEnforceMfa,
  engagementTeamPermissionAtMostPush,
  contractorResourcesTagged,
  accessKeysRotateWithinMaximum,
  contractorResourcesDeletable,
  contractorPermissionSetsDenyOutsideWindow,
  contractorPermissionSetSessionsWithinMaximum,
  contractorPermissionSetHasPermissionsBoundary,
  contractorPermissionSetAssignedToOnePerson,
];

/** The name of one of the pack's rules, as used in `--policy-pack-config`. */
export type ContractorPolicyName =
  | "contractor-user-has-permissions-boundary"
  | "contractor-user-has-force-destroy"
  | "contractor-policies-deny-outside-window"
  | "contractor-policies-enforce-mfa"
  | "engagement-team-permission-at-most-push"
  | "contractor-resources-tagged"
  | "access-keys-rotate-within-maximum"
  | "contractor-resources-deletable"
  | "contractor-permission-sets-deny-outside-window"
  | "contractor-permission-set-sessions-within-maximum"
  | "contractor-permission-set-has-permissions-boundary"
  | "contractor-permission-set-assigned-to-one-person";

/**
 * The pack's rules with the enforcement level of some changed, for a pack
 * of your own that composes these rules. (The published pack is configured
 * per rule with `--policy-pack-config` instead.)
 *
 * @throws {RangeError} when an override names no rule of the pack, so a typo cannot silently keep a rule mandatory.
 * @example
 * policiesWith({ "access-keys-rotate-within-maximum": "advisory" });
 */
export function policiesWith(overrides: Partial<Record<ContractorPolicyName, EnforcementLevel>>): Policies {
  const names = allPolicies.map((policy) => policy.name);
  const unknown = Object.keys(overrides).filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new RangeError(
      `No rule named ${unknown.map((name) => `"${name}"`).join(", ")}; the rules are: ${names.join(", ")}`,
    );
  }
  return allPolicies.map((policy) => {
    const level = overrides[policy.name as ContractorPolicyName];
    return level === undefined ? policy : { ...policy, enforcementLevel: level };
  });
}
