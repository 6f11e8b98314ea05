export { type Diagnostic, formatDiagnostic, formatFieldPath } from "./diagnostic";
export type { EngagementSource } from "./engagementSource";
export { plainErrorMap } from "./plainErrorMap";
export { isValidatedEngagement, type ValidatedEngagement } from "./validatedEngagement";
export type { ValidatedStack } from "./validatedStack";
export { type ValidationResult, validateEngagements } from "./validateEngagements";
