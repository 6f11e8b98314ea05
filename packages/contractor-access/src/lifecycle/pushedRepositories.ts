import type { AccessPlan } from "../lanes/accessPlan";

/**
 * The repositories a contractor can push to now, and the engagements that
 * push there: every repository where an engagement on GitHub grants `push`.
 * The stack protects each one's default branch with a ruleset while this
 * lists it, and removes the ruleset when the last such engagement ends.
 *
 * @param onGithub Plans of the engagements whose GitHub access the stack declares now (active ones).
 * @example
 * pushedRepositories(plans); // Map { "storefront" => ["checkout-fix-2026-11"] }
 */
export function pushedRepositories(onGithub: readonly AccessPlan[]): Map<string, string[]> {
  const pushed = new Map<string, string[]>();
  for (const plan of onGithub) {
    for (const { name, permission } of plan.code?.repositories ?? []) {
      if (permission !== "push") continue;
      // GitHub repository names are case-insensitive: one ruleset per repository.
      const key = name.toLowerCase();
      pushed.set(key, [...(pushed.get(key) ?? []), plan.engagement.id]);
    }
  }
  return pushed;
}
