import { formatWindow } from "../dates/formatWindow";
import type { AccessPlan, ProductionLanePlan } from "../lanes/accessPlan";
import { plural } from "../text/plural";

/**
 * A person as every description names them.
 *
 * @example
 * describePerson({ name: "Dana Kim", email: "dana@freelance.example" }); // "Dana Kim <dana@freelance.example>"
 */
export function describePerson(person: { readonly name: string; readonly email: string }): string {
  return `${person.name} <${person.email}>`;
}

/**
 * The production lane in words: access, window and approval.
 *
 * @example
 * describeProduction(plan.production, "UTC");
 * // "read from 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z, approved by cto@acme.example (SHOP-1430)"
 */
export function describeProduction(production: ProductionLanePlan, timeZone: string): string {
  if (production.mode === "on-call") {
    const operate = production.access === "operate" && production.operateApprovedBy;
    return `on call: ${production.access} at any time from ${formatWindow(production.window, timeZone)}, standing emergency access, every assumption alerts; approved by ${production.approvedBy} (${production.approval})${operate ? `, operate approved by ${production.operateApprovedBy}` : ""}`;
  }
  return `${production.access} from ${formatWindow(production.window, timeZone)}, approved by ${production.approvedBy} (${production.approval})`;
}

/** Each grant of a plan as a short phrase, lane by lane. */
export interface GrantPhrases {
  /** One per repository: `storefront (push)`. */
  readonly code: readonly string[];
  /** One per dataset: `masked-orders (masked)`. */
  readonly data: readonly string[];
  /** The production lane, as {@link describeProduction} says it. */
  readonly production: string | undefined;
  /** AWS sign-in: `console`, `access keys rotated every 30 days`; under Identity Center, the access portal and its sessions. */
  readonly aws: readonly string[];
  /** Shared secret names. */
  readonly sharedSecrets: readonly string[];
}

/**
 * The one description of what a plan grants: the review, the report, the
 * stack's access manifest and the access diff all say a grant with these
 * phrases, so a grant reads the same wherever it appears.
 *
 * @example
 * grantPhrases(plan).code; // ["storefront (push)"]
 */
export function grantPhrases(plan: AccessPlan): GrantPhrases {
  const { code, data, production, aws, sharedSecrets } = plan;
  return {
    code: code?.repositories.map(({ name, permission }) => `${name} (${permission})`) ?? [],
    data: data?.datasets.map(({ name, classification }) => `${name} (${classification})`) ?? [],
    production: production ? describeProduction(production, plan.timeZone) : undefined,
    aws: [
      ...(plan.identity.backend === "identity-center"
        ? [`Identity Center access portal, sessions of at most ${plural(plan.identity.sessionHours, "hour")}`]
        : []),
      ...(aws.console && plan.identity.backend === "iam-user" ? ["console"] : []),
      ...(aws.accessKeys ? [`access keys rotated every ${aws.keyRotationDays} days`] : []),
    ],
    sharedSecrets: sharedSecrets?.secrets.map(({ name }) => name) ?? [],
  };
}

/**
 * A plan in one line per lane it uses, for lists where an engagement takes a
 * few lines: the report and the access diff.
 *
 * @example
 * laneLines(plan);
 * // ["code: storefront (push) for GitHub user dana-codes", "data: masked-orders (masked), read-only",
 * //  "production: read from 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z, approved by cto@acme.example (SHOP-1430)",
 * //  "aws: console, access keys rotated every 30 days", "shared secrets: stripe-test-key"]
 */
export function laneLines(plan: AccessPlan): string[] {
  const phrases = grantPhrases(plan);
  return [
    plan.code ? `code: ${phrases.code.join(", ")} for GitHub user ${plan.code.githubUsername}` : "",
    phrases.data.length > 0 ? `data: ${phrases.data.join(", ")}, read-only` : "",
    phrases.production ? `production: ${phrases.production}` : "",
    phrases.aws.length > 0 ? `aws: ${phrases.aws.join(", ")}` : "",
    phrases.sharedSecrets.length > 0 ? `shared secrets: ${phrases.sharedSecrets.join(", ")}` : "",
  ].filter(Boolean);
}
