import type { Engagement } from "../engagement/engagementTypes";
import type { StackSettings } from "../engagement/stackSettingsTypes";

/** How serious a finding is: errors refuse the request, warnings are shown to the reviewer. */
export type Severity = "error" | "warning";

/** One problem a rule found in one engagement. */
export interface Finding {
  /** The rule's name, such as `ownerIsInternal`. */
  readonly rule: string;
  readonly severity: Severity;
  /** Index of the engagement in the list the rules were run on. */
  readonly engagementIndex: number;
  /** Path of the field to change, such as `["lanes", "code", "repositories", 0, "permission"]`. */
  readonly path: readonly (string | number)[];
  /** A sentence a platform engineer can act on. */
  readonly message: string;
  /** Another engagement involved in the finding (the first holder of a duplicate id, say). */
  readonly relatedEngagementIndex?: number;
}

/** What a per-engagement rule reports: a finding without the bookkeeping. */
export interface Problem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * What rules may know besides the engagements and settings: the instant
 * validation runs at. Passed in, never read from the clock inside a rule, so
 * that validation is deterministic and `plan --at` validates as of then.
 */
export interface RuleContext {
  /** The instant validation runs at: the clock, `--at` or `CONTRACTOR_ACCESS_AT`. */
  readonly now: Date;
}

/** A guardrail that looks at every engagement of a stack together (uniqueness, identity). */
export interface StackRule {
  readonly name: string;
  /** One sentence: what compliant looks like. */
  readonly description: string;
  readonly severity: Severity;
  /** `context` is needed only by rules about time; without it they check nothing that depends on "now". */
  check(engagements: readonly Engagement[], settings: StackSettings, context?: RuleContext): Finding[];
}

/**
 * Builds a stack rule from a check of one engagement at a time; most
 * guardrails are of this kind.
 */
export function engagementRule(
  name: string,
  description: string,
  check: (engagement: Engagement, settings: StackSettings, context: RuleContext | undefined) => Problem[],
  severity: Severity = "error",
): StackRule {
  return {
    name,
    description,
    severity,
    check: (engagements, settings, context) =>
      engagements.flatMap((engagement, engagementIndex) =>
        check(engagement, settings, context).map((problem) => ({ rule: name, severity, engagementIndex, ...problem })),
      ),
  };
}
