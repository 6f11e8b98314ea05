import type { ResolvedWindow } from "../dates/resolveWindow";
import type { Engagement } from "../engagement/engagementTypes";
import type { PolicyStatement } from "../iam/policyDocument";
import type { AccessEnd } from "./accessEnd";
import type { EngagementNames } from "./engagementNames";

/** GitHub repository permissions this library grants; maintain and admin never are. */
export type GrantedRepositoryPermission = "pull" | "triage" | "push";

/** The code lane: repositories reached through the engagement's team. */
export interface CodeLanePlan {
  readonly githubUsername: string;
  readonly repositories: readonly { readonly name: string; readonly permission: GrantedRepositoryPermission }[];
}

/** The data lane: read-only on the catalog prefixes of the named datasets. */
export interface DataLanePlan {
  readonly datasets: readonly {
    readonly name: string;
    readonly classification: "masked" | "live";
    readonly bucket: string;
    readonly prefix: string;
    /** The customer-managed key the objects are encrypted with, if any. */
    readonly kmsKeyArn: string | undefined;
  }[];
  /** Allow statements for the user's policy and boundary. */
  readonly statements: readonly PolicyStatement[];
}

/** The production lane: a role assumable with MFA inside a short approved window. */
export interface ProductionLanePlan {
  /** `on-call`: the window is the engagement's own, standing emergency access. */
  readonly mode: "window" | "on-call";
  readonly access: "read" | "operate";
  /** The production window as written. */
  readonly window: ResolvedWindow;
  /** The window the role's policies enforce: cut short where access ends earlier (a revocation, a missed review). */
  readonly accessWindow: ResolvedWindow;
  readonly approvedBy: string;
  readonly approval: string;
  /** On call: who separately approved `operate`. */
  readonly operateApprovedBy: string | undefined;
  readonly reason: string | undefined;
  /** The role's Allow statements (its window deny is added by the policy builder). */
  readonly statements: readonly PolicyStatement[];
  /** Longest session the role grants, in seconds. */
  readonly maxSessionSeconds: 3600;
}

/** Shared secrets the contractor may read inside the window. */
export interface SharedSecretsPlan {
  readonly secrets: readonly { readonly name: string; readonly arn: string; readonly kmsKeyArn: string | undefined }[];
  readonly statements: readonly PolicyStatement[];
}

/** Engagements as IAM users: one per engagement, with MFA enforced by policy. */
export interface IamUserIdentityPlan {
  readonly backend: "iam-user";
}

/**
 * Engagements as IAM Identity Center permission sets, assigned in one account
 * to the person's Identity Store user; Identity Center enforces MFA at sign-in.
 */
export interface IdentityCenterIdentityPlan {
  readonly backend: "identity-center";
  readonly instanceArn: string;
  readonly identityStoreId: string;
  /** The account the permission sets are assigned in. */
  readonly accountId: string;
  /** The engagement permission set's longest session, in hours. */
  readonly sessionHours: number;
  /** The same as ISO 8601 (`PT4H`), as Identity Center takes it. */
  readonly sessionDuration: string;
  /** The production permission set's session duration: always one hour. */
  readonly productionSessionDuration: "PT1H";
  /** The person's user name in the identity store: their email. */
  readonly userName: string;
  /** An existing user the stack adopts (`contractor.identityCenterUserId`); `undefined`: the stack creates one. */
  readonly adoptedUserId: string | undefined;
}

/** Which identity the engagement gets in AWS. */
export type IdentityPlan = IamUserIdentityPlan | IdentityCenterIdentityPlan;

/**
 * Everything one engagement grants, per lane, and until when: the single
 * description that the component declares and the review prints.
 */
export interface AccessPlan {
  readonly engagement: Engagement;
  readonly names: EngagementNames;
  /** The engagement window as written, both ends inclusive. */
  readonly window: ResolvedWindow;
  /**
   * When access really ends and why: the earliest of the window's end, a
   * missed review's deadline, a `decision: end` review and a revocation.
   */
  readonly accessEnd: AccessEnd;
  /** The window the IAM Denies enforce: from the start to `accessEnd.at`. */
  readonly accessWindow: ResolvedWindow;
  /** The stack timezone the window's calendar dates were read in. */
  readonly timeZone: string;
  readonly code: CodeLanePlan | undefined;
  readonly data: DataLanePlan | undefined;
  readonly production: ProductionLanePlan | undefined;
  readonly sharedSecrets: SharedSecretsPlan | undefined;
  /** The identity backend of the stack, and under Identity Center where the engagement is assigned. */
  readonly identity: IdentityPlan;
  readonly aws: {
    /** Web console sign-in: the login profile of the IAM user, or always the access portal under Identity Center. */
    readonly console: boolean;
    readonly accessKeys: boolean;
    readonly keyRotationDays: number;
    readonly pgpKey: string | undefined;
    /**
     * Until when an MFA device may be enrolled without MFA: the first
     * `mfaEnrollmentHours` of the window (at most its end). After it, only a
     * session that already has MFA can enrol one, so a stolen password or key
     * cannot bring its own device.
     */
    readonly mfaEnrollmentEnds: Date;
  };
}
