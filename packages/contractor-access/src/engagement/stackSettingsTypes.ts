// The public settings types, written out as plain interfaces so that no
// declaration file of the main entry names zod (see engagementTypes.ts).
// engagementTypes.test.ts asserts they equal the schema's z.input/z.output.

/** The account's adjustable IAM quotas, when AWS has raised them. */
export interface IamQuotaSettings {
  /** Characters of a role trust policy: 2,048 to 4,096. */
  roleTrustPolicyCharacters: number;
  /** Managed policies attached to one user: 10 to 20. */
  managedPoliciesPerUser: number;
  /** Managed policies attached to one role: 10 to 20. */
  managedPoliciesPerRole: number;
}

/** A dataset of the stack's catalog. */
export type DatasetSettings = {
  /** `masked` data is the default lane; `live` needs its own approval. */
  classification: "masked" | "live";
  /** The S3 bucket. */
  bucket: string;
  /** The key prefix, ending in `/`. */
  prefix: string;
  /** What the dataset holds. */
  description?: string | undefined;
  /** The customer-managed KMS key it is encrypted with, when not AWS-managed: the grant then includes kms:Decrypt on it, only through the service. */
  kmsKeyArn?: string | undefined;
};

/** A shared secret of the stack's catalog (Secrets Manager). */
export type SharedSecretSettings = {
  /** The secret's full ARN. */
  arn: string;
  /** What the secret is. */
  description?: string | undefined;
  /** The customer-managed KMS key it is encrypted with, when not AWS-managed: the grant then includes kms:Decrypt on it, only through the service. */
  kmsKeyArn?: string | undefined;
  /** `generated`: the stack writes a new value when a reader loses access; `manual`: a person rotates it. @default "generated" */
  rotation: "generated" | "manual";
};

/** A shared secret of the stack's catalog, as written. */
export type SharedSecretSettingsInput = {
  /** The secret's full ARN. */
  arn: string;
  /** What the secret is. */
  description?: string | undefined;
  /** The customer-managed KMS key it is encrypted with, when not AWS-managed: the grant then includes kms:Decrypt on it, only through the service. */
  kmsKeyArn?: string | undefined;
  /** @default "generated" */
  rotation?: "generated" | "manual" | undefined;
};

/** IAM actions and resources of one production access level. */
export type PermissionSetSettings = {
  /** IAM actions such as `logs:GetLogEvents`. */
  actions: string[];
  /** Resource ARNs. @default ["*"] */
  resources: string[];
};

/** IAM actions and resources of one production access level, as written. */
export type PermissionSetSettingsInput = {
  /** IAM actions such as `logs:GetLogEvents`. */
  actions: string[];
  /** Resource ARNs. @default ["*"] */
  resources?: string[] | undefined;
};

/** Where activity alerts go: exactly one of the two. */
export type AlertSettings = {
  /** An SNS topic of yours; its policy must let `events.amazonaws.com` publish. */
  topicArn?: string | undefined;
  /** `true`: the stack creates one topic, subscribes every owner's email and lets EventBridge publish. */
  emailOwners?: true | undefined;
};

/** Which identity each engagement gets in AWS. */
export type IdentityBackend = "iam-user" | "identity-center";

/** The IAM Identity Center instance engagements are assigned in, and the account they reach. */
export type IdentityCenterSettings = {
  /** The instance's ARN, `arn:aws:sso:::instance/ssoins-…`. */
  instanceArn: string;
  /** Its identity store, `d-…`. */
  identityStoreId: string;
  /** The AWS account contractors work in: permission sets are assigned there, and their boundaries live there. */
  accountId: string;
  /** Longest session of an engagement's permission set, in hours (1 to 12); production sessions last at most 1. */
  sessionHours: number;
};

/** The Identity Center settings as written. */
export type IdentityCenterSettingsInput = {
  /** The instance's ARN, `arn:aws:sso:::instance/ssoins-…`. */
  instanceArn: string;
  /** Its identity store, `d-…`. */
  identityStoreId: string;
  /** The AWS account contractors work in. */
  accountId: string;
  /** @default 4 */
  sessionHours?: number | undefined;
};

/** Stack settings with every default applied. */
export type StackSettings = {
  /** The GitHub organization. */
  githubOrg: string;
  /** Employees' email domains (subdomains count). */
  internalDomains: string[];
  /** IANA timezone for calendar dates. */
  timezone: string;
  /** Longest engagement, in calendar days. */
  maxEngagementDays: number;
  /** Longest production window, in hours. */
  maxProductionHours: number;
  /** Longest engagement with on-call production, in calendar days. */
  maxOnCallDays: number;
  /** Longest access-key rotation period, in days. */
  maxKeyRotationDays: number;
  /** Periodic review interval after the first-week review, in days. */
  reviewIntervalDays: number;
  /** Days after a review falls due before access is suspended, if no review is recorded. */
  reviewGraceDays: number;
  /** How many days before its start an engagement is provisioned. */
  upcomingLeadDays: number;
  /** How far ahead the review and the report look for ends and reviews due, in days. */
  noticeDays: number;
  /** Hours from the start during which an MFA device may be enrolled without MFA. */
  mfaEnrollmentHours: number;
  /** The account's adjustable IAM quotas. */
  iamQuotas: IamQuotaSettings;
  /** Dataset catalog, by name. */
  datasets: Record<string, DatasetSettings>;
  /** Shared secret catalog, by name. */
  sharedSecrets: Record<string, SharedSecretSettings>;
  /** Production permissions per access level. */
  production: { read: PermissionSetSettings; operate: PermissionSetSettings };
  /** Where activity alerts go; `undefined`: no alerts. */
  alerts?: AlertSettings | undefined;
  /** `iam-user`: one IAM user per engagement; `identity-center`: permission sets assigned to one Identity Store user per person. */
  identity: IdentityBackend;
  /** Required with `identity: identity-center`. */
  identityCenter?: IdentityCenterSettings | undefined;
};

/** Stack settings as written in Pulumi stack config: fields with defaults may be left out. */
export type StackSettingsInput = {
  /** The GitHub organization. */
  githubOrg: string;
  /** Employees' email domains (subdomains count). */
  internalDomains: string[];
  /** IANA timezone for calendar dates. @default "UTC" */
  timezone?: string | undefined;
  /** @default 90 */
  maxEngagementDays?: number | undefined;
  /** @default 8 */
  maxProductionHours?: number | undefined;
  /** @default 14 */
  maxOnCallDays?: number | undefined;
  /** @default 90 */
  maxKeyRotationDays?: number | undefined;
  /** @default 30 */
  reviewIntervalDays?: number | undefined;
  /** @default 3 */
  reviewGraceDays?: number | undefined;
  /** @default 0 */
  upcomingLeadDays?: number | undefined;
  /** @default 5 */
  noticeDays?: number | undefined;
  /** @default 24 */
  mfaEnrollmentHours?: number | undefined;
  /** @default the default quotas: 2,048-character trust policies, 10 managed policies per user and per role */
  iamQuotas?: Partial<IamQuotaSettings> | undefined;
  /** @default {} */
  datasets?: Record<string, DatasetSettings> | undefined;
  /** @default {} */
  sharedSecrets?: Record<string, SharedSecretSettingsInput> | undefined;
  /** @default CloudWatch, Logs and ECS read actions; `ecs:UpdateService`, `ecs:StopTask` */
  production?:
    | {
        read: PermissionSetSettingsInput;
        operate: PermissionSetSettingsInput;
      }
    | undefined;
  /** Where activity alerts go. @default no alerts (plan warns) */
  alerts?: AlertSettings | undefined;
  /** @default "iam-user" */
  identity?: IdentityBackend | undefined;
  /** Required with `identity: identity-center`. */
  identityCenter?: IdentityCenterSettingsInput | undefined;
};
