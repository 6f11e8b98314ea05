import type { EngagementInput } from "../engagement/engagementSchema";
import type { StackSettings } from "../engagement/stackSettingsSchema";
import { formatDiagnostic } from "../validation/diagnostic";
import { type SourcedEngagement, validateEngagements } from "../validation/validateEngagements";

/**
 * Validates one engagement for the component: the schema and every rule
 * that can judge one engagement alone. Returns the engagement, or every
 * problem as one line each, so the component can refuse before it declares
 * anything (a half-declared engagement is worse than none).
 */
export function validateForComponent(
  name: string,
  engagement: EngagementInput,
  settings: StackSettings,
): { ok: true; value: SourcedEngagement } | { ok: false; problems: string[] } {
  const result = validateEngagements([{ file: `engagement "${name}"`, content: engagement }], settings);
  const [value] = result.engagements;
  if (result.errors.length > 0 || !value) return { ok: false, problems: result.errors.map(formatDiagnostic) };
  return { ok: true, value };
}
