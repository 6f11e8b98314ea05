import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { Diagnostic } from "./diagnostic";
import type { ValidatedEngagement } from "./validatedEngagement";

/**
 * A stack's input after validation: its settings, every engagement with its
 * plan, and the warnings a reviewer should see. What the stack program, the
 * review and the report are built from.
 */
export interface ValidatedStack {
  readonly settings: StackSettings;
  readonly engagements: readonly ValidatedEngagement[];
  readonly warnings: readonly Diagnostic[];
}
