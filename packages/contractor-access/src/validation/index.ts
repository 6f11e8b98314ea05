export { type Diagnostic, formatDiagnostic, formatFieldPath } from "./diagnostic";
export { plainErrorMap } from "./plainErrorMap";
export { type SourcedEngagement, type ValidationResult, validateEngagements } from "./validateEngagements";
