import type { EngagementInput } from "./engagementTypes";

/**
 * Declares one engagement in TypeScript with full types and editor
 * completion. It returns its argument unchanged: validation happens when the
 * engagements are loaded together, so that every problem in every file is
 * reported at once and the cross-engagement rules can run.
 *
 * @example
 * export default defineEngagement({
 *   id: "checkout-fix-2026-11",
 *   task: "Fix the payment step that fails on some mobile devices.",
 *   // ...
 * });
 */
export function defineEngagement<const T extends EngagementInput>(engagement: T): T {
  return engagement;
}
