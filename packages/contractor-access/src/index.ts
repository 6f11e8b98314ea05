/**
 * Contractor access as code on Pulumi: one engagement gets exactly the access
 * one task needs, for exactly as long as it lasts.
 *
 * This entry is what a program or a pipeline needs:
 * - the `ContractorEngagement` component and the stack program;
 * - the engagement and settings types and `defineEngagement`;
 * - the functions behind the commands: validate, plan, review, report, diff and ledger.
 *
 * The zod schemas are in `contractor-access/schema`. The mock engine and
 * test fixtures are in `contractor-access/testing`; the
 * names the component writes and the policy pack reads are in
 * `contractor-access/contract`. Everything else is internal.
 *
 * @packageDocumentation
 */

// Plan and review: what `pulumi up` would declare, and what a change does to access.
export type { AccessChange, AccessChangeKind, AccessChangeLane } from "./changes/accessChange";
export { accessChanges } from "./changes/accessChanges";
// The component and the stack program.
export { ContractorEngagement, type ContractorEngagementArgs } from "./component/ContractorEngagement";
export type { EngagementCredentials } from "./component/engagementCredentials";
export type { AssignedPermissionSet } from "./component/identityCenterAccess";
export type { ManifestEntry } from "./describe/accessManifest";
// The definition platform engineers write, and the stack settings.
export { defineEngagement } from "./engagement/defineEngagement";
// Plain interfaces: the zod schemas are in `contractor-access/schema`, so that
// no declaration file of this entry names zod (see engagementTypes.ts).
export type {
  Engagement,
  EngagementInput,
  RepositoryPermission,
  ReviewDecision,
  ReviewRecord,
  RevocationRecord,
} from "./engagement/engagementTypes";
export type {
  IdentityBackend,
  IdentityCenterSettings,
  IdentityCenterSettingsInput,
  StackSettings,
  StackSettingsInput,
} from "./engagement/stackSettingsTypes";
export { type BaseInput, readBaseInput } from "./git/readBaseInput";
export type { AccessEnd, AccessEndCause } from "./lanes/accessEnd";
export type {
  AccessPlan,
  CodeLanePlan,
  DataLanePlan,
  IamUserIdentityPlan,
  IdentityCenterIdentityPlan,
  IdentityPlan,
  ProductionLanePlan,
  SharedSecretsPlan,
} from "./lanes/accessPlan";
// Ledger: the access history from git, for audits.
export type {
  AccessEnd as LedgerAccessEnd,
  AccessEndReason,
  LedgerApprovals,
  LedgerEvent,
  LedgerEventKind,
} from "./ledger/ledgerEvent";
export { type LedgerOptions, type LedgerResult, readLedger } from "./ledger/readLedger";
export { type LedgerFormat, renderLedger } from "./ledger/renderLedger";
export type { AccessStatus } from "./lifecycle/accessStatus";
export { NOW_VARIABLE, resolveNow } from "./lifecycle/resolveNow";
// Validate: files to validated engagements, each with its plan, and every problem at once.
export { type LoadedStackInput, loadStackInput, type StackInputPaths } from "./loading/loadStackInput";
export type { PreviewJson, PreviewStep } from "./plan/previewSteps";
export { type PlanOptions, type PlanResult, runPlan } from "./plan/runPlan";
// Report: what is active, due and ended, with offboarding checklists.
export type { AccessReport, OffboardingChecklist, ReportEngagement } from "./report/accessReport";
export { type BuildReportInput, buildReport } from "./report/buildReport";
export { type ExpiryNotice, type ExpiryNoticesInput, expiryNotices } from "./report/expiryNotices";
export { type AccessReviewInput, renderAccessReview } from "./report/renderAccessReview";
export { renderReportMarkdown } from "./report/renderReportMarkdown";
export {
  type ContractorAccessProgramOptions,
  type ContractorAccessProgramOutputs,
  contractorAccessProgram,
} from "./stack/contractorAccessProgram";
export {
  type ContractorAccessInput,
  type ContractorAccessStack,
  declareContractorAccess,
} from "./stack/declareContractorAccess";
export { SharedSecretRotation } from "./stack/SharedSecretRotation";
export { type Diagnostic, formatDiagnostic } from "./validation/diagnostic";
export type { EngagementSource } from "./validation/engagementSource";
export { isValidatedEngagement, type ValidatedEngagement } from "./validation/validatedEngagement";
export type { ValidatedStack } from "./validation/validatedStack";
export { type ValidationResult, validateEngagements } from "./validation/validateEngagements";
