// The public engagement types, written out as plain interfaces rather than
// inferred from the zod schema: a declaration file that names zod's types
// pulls zod's own declarations into every program that imports the library,
// and those fail to type-check without `esModuleInterop` (TS1259), which
// programs made with `pulumi new aws-typescript` do not set.
// engagementTypes.test.ts asserts at compile time that these equal the
// schema's z.input and z.output, so the two cannot drift.

/** GitHub repository permissions; the schema knows all five so the rules can refuse the dangerous two by name. */
export const repositoryPermissions = ["pull", "triage", "push", "maintain", "admin"] as const;

/** A GitHub repository permission. */
export type RepositoryPermission = (typeof repositoryPermissions)[number];

/** A window: two boundaries, each `YYYY-MM-DD` (stack timezone) or an ISO date-time with offset. */
export type WindowDefinition = {
  /** First day (00:00 in the stack timezone) or first instant. */
  start: string;
  /** Last day, inclusive to the end of that day, or last instant. */
  end: string;
};

/** What a review decided: `keep` the access, `narrow` it (in the same change), or `end` it that day. */
export const reviewDecisions = ["keep", "narrow", "end"] as const;

/** A review decision. */
export type ReviewDecision = (typeof reviewDecisions)[number];

/** One recorded review: who looked at the access, on which day, and what they decided. */
export type ReviewRecord = {
  /** The day of the review, `YYYY-MM-DD` in the stack timezone; not before the start, not in the future. */
  date: string;
  /** The employee who reviewed: internal, never the contractor. */
  by: string;
  /** `keep`, `narrow` or `end` (access ends at the end of that day). */
  decision: ReviewDecision;
  /** What was looked at, or what changes. */
  note?: string | undefined;
};

/** An immediate revocation: access ends at `at`, whatever the window or the reviews say. */
export type RevocationRecord = {
  /** The instant access ends, with an offset, inside the window. */
  at: string;
  /** The employee who revoked. */
  by: string;
  /** Why. */
  reason: string;
};

/** The owner: an employee, with an optional GitHub username that expiry notices mention. */
export type OwnerDefinition = {
  /** Full name. */
  name: string;
  /** Email address, in an internal domain. */
  email: string;
  /** GitHub username, mentioned in the expiry notice. */
  github?: string | undefined;
};

/** A person: a name and an email address. */
export type PersonDefinition = {
  /** Full name. */
  name: string;
  /** Email address. */
  email: string;
};

/** The contractor: a person, with an optional company, GitHub username and PGP key. */
export type ContractorDefinition = {
  /** Full name. */
  name: string;
  /** Email address. */
  email: string;
  /** The contractor's company, if any. */
  company?: string | undefined;
  /** GitHub username; required when the code lane lists repositories. */
  github?: string | undefined;
  /** `keybase:<username>` or a base64 PGP public key the console password and key secret are encrypted to. */
  pgpKey?: string | undefined;
  /**
   * Under `identity: identity-center`, the person's existing Identity Store
   * user (one synced from Okta or Entra ID by SCIM): the stack assigns access
   * to it and creates no user. Without it the stack creates one per person.
   */
  identityCenterUserId?: string | undefined;
};

/** One repository of the code lane. */
export type RepositoryGrant = {
  /** Repository name in the organization. */
  name: string;
  /** Permission granted through the engagement's team. @default "pull" */
  permission: RepositoryPermission;
};

/** One repository of the code lane, as written. */
export type RepositoryGrantInput = {
  /** Repository name in the organization. */
  name: string;
  /** Permission granted through the engagement's team. @default "pull" */
  permission?: RepositoryPermission | undefined;
};

/** The data lane: masked (or approved live) datasets from the stack's catalog, read-only. */
export type DataLaneDefinition = {
  /** Dataset names from the stack's catalog. */
  datasets: string[];
  /** The internal person who approved live data. */
  approvedBy?: string | undefined;
  /** Where the approval is recorded. */
  approval?: string | undefined;
  /** Why live data is needed. */
  reason?: string | undefined;
};

/** The production lane: a short, approved, MFA-gated window, or on-call access throughout the engagement. */
export type ProductionLaneDefinition = {
  /** `window`: a short approved window; `on-call`: assumable any time inside the engagement window. @default "window" */
  mode: "window" | "on-call";
  /** `read` (logs, metrics, descriptions) or `operate`. @default "read" */
  access: "read" | "operate";
  /** The internal person who approved production access. */
  approvedBy: string;
  /** Where the approval is recorded, such as a ticket. */
  approval: string;
  /** On call: the internal person who separately approved `operate`. */
  operateApprovedBy?: string | undefined;
  /** Why; required for `operate`. */
  reason?: string | undefined;
  /** The production window, inside the engagement window: required in `window` mode, refused on call. */
  window?: WindowDefinition | undefined;
};

/** The production lane, as written. */
export type ProductionLaneInput = {
  /** `window` or `on-call`. @default "window" */
  mode?: "window" | "on-call" | undefined;
  /** `read` (logs, metrics, descriptions) or `operate`. @default "read" */
  access?: "read" | "operate" | undefined;
  /** The internal person who approved production access. */
  approvedBy: string;
  /** Where the approval is recorded, such as a ticket. */
  approval: string;
  /** On call: the internal person who separately approved `operate`. */
  operateApprovedBy?: string | undefined;
  /** Why; required for `operate`. */
  reason?: string | undefined;
  /** The production window, inside the engagement window: required in `window` mode, refused on call. */
  window?: WindowDefinition | undefined;
};

/** AWS sign-in options. */
export type AwsAccessDefinition = {
  /** A console login profile. @default false */
  console: boolean;
  /** Rotating access keys. @default false */
  accessKeys: boolean;
  /** Days between key rotations. @default 30 */
  keyRotationDays: number;
};

/** A parsed engagement, with every default applied. */
export type Engagement = {
  /** Lowercase slug, unique in the stack. */
  id: string;
  /** The task, in one sentence. */
  task: string;
  /** The request or ticket reference. */
  ticket: string;
  /** The employee accountable for scope, approval and offboarding. */
  owner: OwnerDefinition;
  /** The contractor. */
  contractor: ContractorDefinition;
  /** The engagement window. */
  window: WindowDefinition;
  /** Recorded reviews, oldest first or in any order. */
  reviews: ReviewRecord[];
  /** An immediate revocation. */
  revoked?: RevocationRecord | undefined;
  /** The lanes the task needs. */
  lanes: {
    code?: { repositories: RepositoryGrant[] } | undefined;
    data?: DataLaneDefinition | undefined;
    production?: ProductionLaneDefinition | undefined;
  };
  /** AWS sign-in options. */
  aws: AwsAccessDefinition;
  /** Catalog secrets the contractor may read inside the window. */
  sharedSecrets: string[];
};

/** An engagement as written by a platform engineer: fields with defaults may be left out. */
export type EngagementInput = {
  /** Lowercase slug, unique in the stack. */
  id: string;
  /** The task, in one sentence. */
  task: string;
  /** The request or ticket reference. */
  ticket: string;
  /** The employee accountable for scope, approval and offboarding. */
  owner: OwnerDefinition;
  /** The contractor. */
  contractor: ContractorDefinition;
  /** The engagement window. */
  window: WindowDefinition;
  /** Recorded reviews. @default [] */
  reviews?: ReviewRecord[] | undefined;
  /** An immediate revocation. */
  revoked?: RevocationRecord | undefined;
  /** The lanes the task needs. */
  lanes: {
    code?: { repositories: RepositoryGrantInput[] } | undefined;
    data?: DataLaneDefinition | undefined;
    production?: ProductionLaneInput | undefined;
  };
  /** AWS sign-in options. @default { console: false, accessKeys: false, keyRotationDays: 30 } */
  aws?: Partial<AwsAccessDefinition> | undefined;
  /** Catalog secrets the contractor may read inside the window. @default [] */
  sharedSecrets?: string[] | undefined;
};
