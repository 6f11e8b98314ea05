import { isBefore } from "date-fns";
import type { AccessPlan } from "../lanes/accessPlan";

/**
 * One warning per `push` grant of an engagement that has not ended. The
 * stack's ruleset keeps the default branch behind a reviewed pull request,
 * but anyone with `push` runs workflows from their own branches: those read
 * every repository and organisation secret not kept in an environment
 * limited to protected branches, and mint OIDC tokens for any cloud role
 * whose trust names only the repository. Neither is visible in the grant.
 *
 * @example
 * pushGrantWarnings(plans, now, "acme")[0];
 * // "`checkout-fix-2026-11` can push to storefront: workflows on its branches can read ..."
 */
export function pushGrantWarnings(plans: readonly AccessPlan[], at: Date, githubOrg: string): string[] {
  return plans
    .filter((plan) => !isBefore(plan.window.end, at))
    .flatMap((plan) =>
      (plan.code?.repositories ?? [])
        .filter(({ permission }) => permission === "push")
        .map(
          ({ name }) =>
            `\`${plan.engagement.id}\` can push to ${name}: workflows on its branches can read the repository's and organisation's Actions secrets unless they live in environments limited to protected branches, and AWS OIDC trust for ${name} must name the protected ref or environment (\`repo:${githubOrg}/${name}:environment:<name>\` or \`:ref:refs/heads/<default branch>\`), never the whole repository`,
        ),
    );
}
