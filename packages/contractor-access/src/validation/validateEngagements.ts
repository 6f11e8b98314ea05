import { engagementSchema } from "../engagement/engagementSchema";
import type { Engagement } from "../engagement/engagementTypes";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { type RuleContext, runRules } from "../rules";
import type { Diagnostic } from "./diagnostic";
import type { EngagementSource } from "./engagementSource";
import { plainErrorMap } from "./plainErrorMap";
import { permissionSetNameClashes, serviceLimitProblems } from "./serviceLimits";
import { type ValidatedEngagement, validatedEngagement } from "./validatedEngagement";

interface ParsedEngagement {
  readonly file: string;
  readonly engagement: Engagement;
}

/** The outcome of validating a stack's engagements. */
export interface ValidationResult {
  /** Engagements that passed the schema and every rule, each with its plan. */
  readonly engagements: ValidatedEngagement[];
  /** Errors: any one of them means nothing may be declared. */
  readonly errors: Diagnostic[];
  /** Things a reviewer should see, such as all three lanes at once. */
  readonly warnings: Diagnostic[];
}

/**
 * Validates engagement sources against the schema and then every guardrail
 * rule, and returns every problem at once. The cross-engagement rules
 * (unique ids, one identity per person) run over the engagements that
 * passed the schema. Each engagement that passes gets its `AccessPlan`,
 * derived here once for everything downstream.
 *
 * @param context The instant validation runs at (reviews may not be dated
 *   after it), passed in so that validation is deterministic.
 * @example
 * const { errors } = validateEngagements(sources, settings, { now: new Date() });
 * if (errors.length > 0) process.exit(1);
 */
export function validateEngagements(
  sources: readonly EngagementSource[],
  settings: StackSettings,
  context: RuleContext,
): ValidationResult {
  const errors: Diagnostic[] = [];
  const parsed: ParsedEngagement[] = [];
  for (const { file, content } of sources) {
    const result = engagementSchema.safeParse(content, { error: plainErrorMap(engagementSchema) });
    if (result.success) {
      parsed.push({ file, engagement: result.data });
    } else if (typeof content !== "object" || content === null || Array.isArray(content)) {
      // One clear sentence instead of one "is required" per missing field.
      errors.push({
        file,
        path: [],
        severity: "error",
        message:
          "does not hold an engagement: expected a mapping with id, task, ticket, owner, contractor, window and lanes",
      });
    } else {
      errors.push(
        ...result.error.issues.map((issue) => ({
          file,
          path: issue.path,
          severity: "error" as const,
          message: issue.message,
        })),
      );
    }
  }
  const findings = runRules(
    parsed.map((entry) => entry.engagement),
    settings,
    context,
  );
  const diagnostics = findings.map((finding): Diagnostic => {
    const related = finding.relatedEngagementIndex === undefined ? undefined : parsed[finding.relatedEngagementIndex];
    return {
      file: parsed[finding.engagementIndex]?.file ?? "",
      path: finding.path,
      severity: finding.severity,
      message: related ? `${finding.message} (see ${related.file})` : finding.message,
    };
  });
  errors.push(...diagnostics.filter((diagnostic) => diagnostic.severity === "error"));
  const failed = new Set(errors.map((error) => error.file));
  const planned = parsed
    .filter((entry) => !failed.has(entry.file))
    .map(({ file, engagement }) => validatedEngagement(file, deriveAccessPlan(engagement, settings)));
  // What passed every rule must also be what AWS and GitHub accept, or `pulumi up` would fail half-way.
  const limitErrors = [
    ...planned.flatMap((engagement) => serviceLimitProblems(engagement, settings)),
    ...permissionSetNameClashes(planned),
  ];
  const overLimits = new Set(limitErrors.map((error) => error.file));
  return {
    engagements: planned.filter((engagement) => !overLimits.has(engagement.file)),
    errors: [...errors, ...limitErrors],
    warnings: diagnostics.filter((diagnostic) => diagnostic.severity === "warning"),
  };
}
