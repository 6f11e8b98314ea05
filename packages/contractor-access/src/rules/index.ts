import type { Engagement } from "../engagement/engagementTypes";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { atLeastOneLane } from "./atLeastOneLane";
import { awsLanesHaveCredentials } from "./awsLanesHaveCredentials";
import { contractorIsExternal } from "./contractorIsExternal";
import { credentialsFitIdentity } from "./credentialsFitIdentity";
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
import { reviewsByEmployees } from "./reviewsByEmployees";
import { reviewsDatedInsideEngagement } from "./reviewsDatedInsideEngagement";
import { revocationInsideWindow } from "./revocationInsideWindow";
import type { Finding, RuleContext, StackRule } from "./rule";
import { sharedSecretsInCatalog } from "./sharedSecretsInCatalog";
import { taskIsOneSentence } from "./taskIsOneSentence";
import { windowEndsAfterStart } from "./windowEndsAfterStart";

export type { Finding, Problem, RuleContext, Severity, StackRule } from "./rule";
export { engagementRule } from "./rule";
export {
  atLeastOneLane,
  awsLanesHaveCredentials,
  contractorIsExternal,
  credentialsFitIdentity,
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
  reviewsByEmployees,
  reviewsDatedInsideEngagement,
  revocationInsideWindow,
  sharedSecretsInCatalog,
  taskIsOneSentence,
  windowEndsAfterStart,
};

/**
 * Every guardrail, in the order of the fields an engagement declares them on
 * (id, task, people, window, reviews, revocation, lanes, AWS, shared secrets), so findings read
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
  reviewsByEmployees,
  reviewsDatedInsideEngagement,
  revocationInsideWindow,
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
  credentialsFitIdentity,
  keyRotationWithinMax,
  sharedSecretsInCatalog,
];

/**
 * Runs rules over engagements that passed the schema and returns every
 * finding, sorted by engagement and then by the order of `rules`.
 *
 * @example
 * const errors = runRules(engagements, settings, { now: new Date() }).filter((finding) => finding.severity === "error");
 */
export function runRules(
  engagements: readonly Engagement[],
  settings: StackSettings,
  context: RuleContext,
  rules: readonly StackRule[] = allRules,
): Finding[] {
  // Array.prototype.sort is stable, so rule order survives within an engagement.
  return rules
    .flatMap((rule) => rule.check(engagements, settings, context))
    .sort((a, b) => a.engagementIndex - b.engagementIndex);
}
