import type { Engagement } from "../engagement/engagementTypes";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { atLeastOneLane } from "./atLeastOneLane";
import { awsLanesHaveCredentials } from "./awsLanesHaveCredentials";
import { contractorIsExternal } from "./contractorIsExternal";
import { datasetsInCatalog } from "./datasetsInCatalog";
import { datasetsListedOnce } from "./datasetsListedOnce";
import { engagementWithinMaxLength } from "./engagementWithinMaxLength";
import { githubUsernameForRepositories } from "./githubUsernameForRepositories";
import { idIsSlug } from "./idIsSlug";
import { idsAreUnique } from "./idsAreUnique";
import { keyRotationWithinMax } from "./keyRotationWithinMax";
import { lanesAreKeptApart } from "./lanesAreKeptApart";
import { liveDatasetsApproved } from "./liveDatasetsApproved";
import { onCallOperateSeparatelyApproved } from "./onCallOperateSeparatelyApproved";
import { onCallWithinMaxDays } from "./onCallWithinMaxDays";
import { oneIdentityPerPerson } from "./oneIdentityPerPerson";
import { ownerIsInternal } from "./ownerIsInternal";
import { ownerIsNotContractor } from "./ownerIsNotContractor";
import { productionApproved } from "./productionApproved";
import { productionOperateHasReason } from "./productionOperateHasReason";
import { productionWindowInsideEngagement } from "./productionWindowInsideEngagement";
import { productionWindowMatchesMode } from "./productionWindowMatchesMode";
import { productionWindowWithinMaxHours } from "./productionWindowWithinMaxHours";
import { repositoriesListedOnce } from "./repositoriesListedOnce";
import { repositoryPermissionAtMostPush } from "./repositoryPermissionAtMostPush";
import type { Finding, StackRule } from "./rule";
import { sharedSecretsInCatalog } from "./sharedSecretsInCatalog";
import { taskIsOneSentence } from "./taskIsOneSentence";
import { windowEndsAfterStart } from "./windowEndsAfterStart";

export type { Finding, Problem, Severity, StackRule } from "./rule";
export { engagementRule } from "./rule";
export {
  atLeastOneLane,
  awsLanesHaveCredentials,
  contractorIsExternal,
  datasetsInCatalog,
  datasetsListedOnce,
  engagementWithinMaxLength,
  githubUsernameForRepositories,
  idIsSlug,
  idsAreUnique,
  keyRotationWithinMax,
  lanesAreKeptApart,
  liveDatasetsApproved,
  onCallOperateSeparatelyApproved,
  onCallWithinMaxDays,
  oneIdentityPerPerson,
  ownerIsInternal,
  ownerIsNotContractor,
  productionApproved,
  productionOperateHasReason,
  productionWindowInsideEngagement,
  productionWindowMatchesMode,
  productionWindowWithinMaxHours,
  repositoriesListedOnce,
  repositoryPermissionAtMostPush,
  sharedSecretsInCatalog,
  taskIsOneSentence,
  windowEndsAfterStart,
};

/**
 * Every guardrail, in the order of the fields an engagement declares them on
 * (id, task, people, window, lanes, AWS, shared secrets), so findings read
 * top to bottom like the engagement itself.
 */
export const allRules: readonly StackRule[] = [
  idIsSlug,
  idsAreUnique,
  taskIsOneSentence,
  ownerIsInternal,
  ownerIsNotContractor,
  contractorIsExternal,
  oneIdentityPerPerson,
  windowEndsAfterStart,
  engagementWithinMaxLength,
  atLeastOneLane,
  lanesAreKeptApart,
  githubUsernameForRepositories,
  repositoryPermissionAtMostPush,
  repositoriesListedOnce,
  datasetsInCatalog,
  datasetsListedOnce,
  liveDatasetsApproved,
  productionApproved,
  productionOperateHasReason,
  productionWindowMatchesMode,
  productionWindowInsideEngagement,
  productionWindowWithinMaxHours,
  onCallWithinMaxDays,
  onCallOperateSeparatelyApproved,
  awsLanesHaveCredentials,
  keyRotationWithinMax,
  sharedSecretsInCatalog,
];

/**
 * Runs rules over engagements that passed the schema and returns every
 * finding, sorted by engagement and then by the order of `rules`.
 *
 * @example
 * const errors = runRules(engagements, settings).filter((finding) => finding.severity === "error");
 */
export function runRules(
  engagements: readonly Engagement[],
  settings: StackSettings,
  rules: readonly StackRule[] = allRules,
): Finding[] {
  // Array.prototype.sort is stable, so rule order survives within an engagement.
  return rules
    .flatMap((rule) => rule.check(engagements, settings))
    .sort((a, b) => a.engagementIndex - b.engagementIndex);
}
