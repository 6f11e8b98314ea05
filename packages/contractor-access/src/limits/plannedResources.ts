import type { PolicyDocumentInput } from "./policyCharacters";

/** Tags as a plan declares them. @example const tags: PlannedTags = { "contractor-access:engagement": "x" }; */
export type PlannedTags = Readonly<Record<string, string>>;

/** An inline policy declared with the user, role or group that holds it. @example const policy: PlannedInlinePolicyDocument = { name: "access", document: "{}" }; */
export interface PlannedInlinePolicyDocument {
  /** Policy name, unique within its holder. */
  readonly name: string;
  /** The policy document. */
  readonly document: PolicyDocumentInput;
}

interface PlannedIamIdentity {
  /** Logical (Pulumi) name; every violation names it. */
  readonly logicalName: string;
  /** The name IAM will know it by. */
  readonly name: string;
  /** IAM path. @default "/" */
  readonly path?: string;
  /** Inline policies declared with it; `inlinePolicy` resources naming it as holder add to these. */
  readonly inlinePolicies?: readonly PlannedInlinePolicyDocument[];
  /** How many managed policies will be attached (the permissions boundary does not count). @default 0 */
  readonly attachedManagedPolicies?: number;
}

/** A planned IAM user. @example const user: PlannedIamUser = { kind: "user", logicalName: "x", name: "contractor-x" }; */
export interface PlannedIamUser extends PlannedIamIdentity {
  readonly kind: "user";
  /** Tags on it. */
  readonly tags?: PlannedTags;
  /** How many access keys the user will have at once, rotation included. @default 0 */
  readonly accessKeys?: number;
}

/** A planned IAM role. @example const role: PlannedIamRole = { kind: "role", logicalName: "r", name: "r", trustPolicy: "{}" }; */
export interface PlannedIamRole extends PlannedIamIdentity {
  readonly kind: "role";
  /** Tags on it. */
  readonly tags?: PlannedTags;
  /** The trust (assume role) policy. */
  readonly trustPolicy: PolicyDocumentInput;
  /** Role description. */
  readonly description?: string;
  /** Maximum session duration in seconds. @default 3600 */
  readonly maxSessionDuration?: number;
}

/** A planned IAM group. IAM groups cannot be tagged, so it has no tags. @example const group: PlannedIamGroup = { kind: "group", logicalName: "g", name: "g" }; */
export interface PlannedIamGroup extends PlannedIamIdentity {
  readonly kind: "group";
}

/** A planned customer-managed policy. @example const policy: PlannedManagedPolicy = { kind: "managedPolicy", logicalName: "b", name: "b", document: "{}" }; */
export interface PlannedManagedPolicy {
  readonly kind: "managedPolicy";
  /** Logical (Pulumi) name. */
  readonly logicalName: string;
  /** Policy name. */
  readonly name: string;
  /** IAM path. @default "/" */
  readonly path?: string;
  /** Policy description (immutable once created). */
  readonly description?: string;
  /** The policy document. */
  readonly document: PolicyDocumentInput;
  /** Tags on it. */
  readonly tags?: PlannedTags;
}

/** An inline policy declared as a resource of its own (aws.iam.UserPolicy, RolePolicy, GroupPolicy). @example const policy: PlannedInlinePolicy = { kind: "inlinePolicy", logicalName: "a", name: "access", holder: { kind: "user", name: "contractor-x" }, document: "{}" }; */
export interface PlannedInlinePolicy extends PlannedInlinePolicyDocument {
  readonly kind: "inlinePolicy";
  /** Logical (Pulumi) name. */
  readonly logicalName: string;
  /** The IAM name and kind of the user, role or group that holds it. */
  readonly holder: { readonly kind: "user" | "role" | "group"; readonly name: string };
}

/** Every IAM resource a plan can declare. @example const resource: PlannedIamResource = { kind: "user", logicalName: "x", name: "contractor-x" }; */
export type PlannedIamResource =
  | PlannedIamUser
  | PlannedIamRole
  | PlannedIamGroup
  | PlannedManagedPolicy
  | PlannedInlinePolicy;

/** A Secrets Manager secret a plan grants access to. @example const secret: PlannedSecretReference = { kind: "secretReference", logicalName: "s", arn: "arn:…" }; */
export interface PlannedSecretReference {
  readonly kind: "secretReference";
  /** Logical name of what grants it, such as the shared secret's key. */
  readonly logicalName: string;
  /** The secret's full ARN. */
  readonly arn: string;
}

/** An S3 location a plan grants access to, as `<bucket>/<prefix>*`. @example const location: PlannedS3Location = { kind: "s3Location", logicalName: "orders", bucket: "data", prefix: "masked/orders/" }; */
export interface PlannedS3Location {
  readonly kind: "s3Location";
  /** Logical name of what grants it, such as the dataset's key. */
  readonly logicalName: string;
  /** Bucket name. */
  readonly bucket: string;
  /** Object key prefix. */
  readonly prefix: string;
}

/** A planned IAM Identity Center permission set. @example const set: PlannedPermissionSet = { kind: "permissionSet", logicalName: "p", name: "contractor-x", sessionDuration: "PT4H", inlinePolicy: "{}" }; */
export interface PlannedPermissionSet {
  readonly kind: "permissionSet";
  /** Logical (Pulumi) name. */
  readonly logicalName: string;
  /** Permission set name. */
  readonly name: string;
  /** Description. */
  readonly description?: string;
  /** Session duration, ISO 8601. */
  readonly sessionDuration: string;
  /** The inline policy. */
  readonly inlinePolicy: PolicyDocumentInput;
}

/** A planned Identity Store user. @example const user: PlannedIdentityStoreUser = { kind: "identityStoreUser", logicalName: "u", userName: "dana@freelance.example" }; */
export interface PlannedIdentityStoreUser {
  readonly kind: "identityStoreUser";
  /** Logical name. */
  readonly logicalName: string;
  /** User name. */
  readonly userName: string;
}

/** Everything `checkAwsLimits` checks. @example const resource: PlannedAwsResource = { kind: "s3Location", logicalName: "o", bucket: "data", prefix: "o/" }; */
export type PlannedAwsResource =
  | PlannedIamResource
  | PlannedSecretReference
  | PlannedS3Location
  | PlannedPermissionSet
  | PlannedIdentityStoreUser;
