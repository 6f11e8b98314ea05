import { z } from "zod";
import { parseWindowBoundary } from "../dates/parseWindowBoundary";
import { repositoryPermissions } from "./engagementTypes";
import { reviewSchema } from "./reviewSchema";
import { revocationSchema } from "./revocationSchema";

// The schema checks shape and types only; policy (limits, domains, catalogs,
// cross-engagement identity) lives in ../rules so each guardrail is one
// testable file. Every object is strict: a typo such as `ownr` must fail,
// because an ignored field is a grant or a limit nobody reviewed.

const windowBoundary = z.string().superRefine((text, ctx) => {
  try {
    parseWindowBoundary(text);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
  }
});

/** A window: two boundaries, each `YYYY-MM-DD` or an ISO date-time with offset. */
export const windowSchema = z.strictObject({
  start: windowBoundary.describe("First day (00:00 in the stack timezone) or first instant"),
  end: windowBoundary.describe("Last day, inclusive to the end of that day, or last instant"),
});

/**
 * An email field whose own message applies only to a malformed address, so a
 * missing one still reads "is required".
 */
function email(message: string) {
  return z.email({ error: (issue) => (issue.code === "invalid_format" ? message : undefined) });
}

const person = z.strictObject({
  name: z.string().trim().min(1, "must not be empty"),
  email: email("must be an email address such as dana@freelance.example"),
});

// GitHub's own rule: alphanumerics and single inner hyphens, at most 39 characters.
const githubUsername = z
  .string()
  .regex(
    /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/,
    "must be a GitHub username: letters, digits and single inner hyphens, at most 39 characters",
  );

// An Identity Store user id (Identity Store API reference, User.UserId): a
// GUID, optionally after the 10-hex-digit prefix of the identity store.
const identityCenterUserId = z
  .string()
  .regex(
    /^(?:[0-9a-f]{10}-)?[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$/,
    "must be an Identity Store user id such as 9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678 (IAM Identity Center, Users, the user's page)",
  );

// What aws.iam.LoginProfile and aws.iam.AccessKey accept for `pgpKey`.
const pgpKey = z
  .string()
  .regex(
    /^(keybase:[A-Za-z0-9_]+|[A-Za-z0-9+/=\r\n]{64,})$/,
    'must be "keybase:<username>" or a base64-encoded PGP public key',
  );

/**
 * The most one engagement may list. Chosen so that everything within them
 * fits IAM's limits even at the catalog's longest prefixes and ARNs (a
 * property test holds the library to it), and so that an engagement stays
 * one task: a longer list is a sign of access for a person, not a job.
 */
export const ENGAGEMENT_MAXIMA = { repositories: 50, datasets: 20, sharedSecrets: 20 } as const;

const repository = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, "must be a repository name in the organization, such as storefront"),
  permission: z.enum(repositoryPermissions).default("pull"),
});

const codeLane = z.strictObject({
  repositories: z
    .array(repository)
    .min(1, "list at least one repository, or remove the code lane")
    .max(
      ENGAGEMENT_MAXIMA.repositories,
      `list at most ${ENGAGEMENT_MAXIMA.repositories} repositories; split the work into engagements`,
    ),
});

const dataLane = z.strictObject({
  datasets: z
    .array(z.string().min(1))
    .min(1, "list at least one dataset, or remove the data lane")
    .max(
      ENGAGEMENT_MAXIMA.datasets,
      `list at most ${ENGAGEMENT_MAXIMA.datasets} datasets; split the work into engagements`,
    ),
  approvedBy: email("must be the email of the internal person who approved live data").optional(),
  approval: z.string().trim().min(1).optional(),
  reason: z.string().trim().min(1).optional(),
});

const productionLane = z.strictObject({
  // window: a short approved window; on-call: assumable any time inside the engagement window (break-glass).
  mode: z.enum(["window", "on-call"]).default("window"),
  access: z.enum(["read", "operate"]).default("read"),
  approvedBy: email("must be the email of the internal person who approved production access"),
  approval: z.string().trim().min(1, "must say where the approval is recorded, such as a ticket"),
  // On call, operate is approved separately from the lane itself.
  operateApprovedBy: email("must be the email of the internal person who approved operate access on call").optional(),
  reason: z.string().trim().min(1).optional(),
  // Required in window mode, refused on call (rule productionWindowMatchesMode).
  window: windowSchema.optional(),
});

const awsAccess = z.strictObject({
  console: z.boolean().default(false),
  accessKeys: z.boolean().default(false),
  keyRotationDays: z.int().min(1).max(365).default(30),
});

/** The zod schema of one engagement: one contractor, one task, one window, and the lanes the task needs. */
export const engagementSchema = z.strictObject({
  id: z.string(),
  task: z.string().trim().min(1, "must describe the task in one sentence"),
  ticket: z.string().trim().min(1, "must reference the request or ticket"),
  owner: person.extend({ github: githubUsername.optional() }),
  contractor: person.extend({
    company: z.string().trim().min(1).optional(),
    github: githubUsername.optional(),
    pgpKey: pgpKey.optional(),
    // Under identity: identity-center, an existing (SCIM-synced) user the stack adopts instead of creating one.
    identityCenterUserId: identityCenterUserId.optional(),
  }),
  window: windowSchema,
  reviews: z.array(reviewSchema).default([]),
  revoked: revocationSchema.optional(),
  lanes: z.strictObject({
    code: codeLane.optional(),
    data: dataLane.optional(),
    production: productionLane.optional(),
  }),
  aws: awsAccess.default({ console: false, accessKeys: false, keyRotationDays: 30 }),
  sharedSecrets: z
    .array(z.string().min(1))
    .max(
      ENGAGEMENT_MAXIMA.sharedSecrets,
      `list at most ${ENGAGEMENT_MAXIMA.sharedSecrets} shared secrets; split the work into engagements`,
    )
    .default([]),
});

// The public types live in ./engagementTypes (plain interfaces, no zod in
// declarations); these re-exports keep internal imports working.
export type { Engagement, EngagementInput, RepositoryPermission } from "./engagementTypes";
export { repositoryPermissions, reviewDecisions } from "./engagementTypes";
