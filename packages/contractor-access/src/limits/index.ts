// The services' limits, modelled without Pulumi: what AWS IAM, S3, Secrets
// Manager and GitHub accept, checks that report every violation at once,
// and text made acceptable to AWS. Nothing here imports from the rest of src/.
export { type AcceptableTextRule, cutToLength, toAcceptableText } from "./acceptableText";
export { toIamDescription, toIamName, toPolicyText, toTagValue } from "./awsText";
export {
  IAM_DESCRIPTION_CHARACTER,
  IAM_NAME_CHARACTER,
  IAM_PATH_CHARACTER,
  POLICY_DOCUMENT_CHARACTER,
  POLICY_PATH_CHARACTER,
  TAG_CHARACTER,
} from "./characterSets";
export { checkAwsLimits } from "./checkAwsLimits";
export {
  checkGithubLimits,
  type PlannedGithubMembership,
  type PlannedGithubRepositoryAccess,
  type PlannedGithubResource,
  type PlannedGithubTeam,
} from "./checkGithubLimits";
export { checkIamResource } from "./checkIamResource";
export { checkPolicyDocument, type PolicyDocumentCheck } from "./checkPolicyDocument";
export {
  checkGithubRepositoryName,
  checkGithubUsername,
  GITHUB_REPOSITORY_NAME_MAX,
  GITHUB_USERNAME_MAX,
} from "./githubNames";
export {
  checkGithubTeamDescription,
  checkGithubTeamName,
  GITHUB_TEAM_DESCRIPTION_MAX,
  GITHUB_TEAM_NAME_MAX,
} from "./githubTeam";
export { type CatalogAction, expandIamActionPattern } from "./iamActionCatalog";
export { checkIamDescription, checkRoleMaxSessionDuration } from "./iamDescription";
export { checkIamName, checkIamPath, type IamEntityKind, iamNameMax } from "./iamNames";
export {
  ACCESS_KEYS_PER_USER_MAX,
  DEFAULT_IAM_QUOTAS,
  GROUP_INLINE_POLICIES_CHARACTERS_MAX,
  IAM_DESCRIPTION_MAX,
  IAM_PATH_MAX,
  IAM_POLICY_NAME_MAX,
  IAM_QUOTA_RANGES,
  IAM_USER_OR_ROLE_NAME_MAX,
  type IamQuotas,
  MANAGED_POLICIES_PER_GROUP,
  MANAGED_POLICY_CHARACTERS_MAX,
  ROLE_INLINE_POLICIES_CHARACTERS_MAX,
  ROLE_MAX_SESSION_SECONDS,
  resolveIamQuotas,
  USER_INLINE_POLICIES_CHARACTERS_MAX,
} from "./iamQuotas";
export { checkPermissionSet, PERMISSION_SET_NAME_MAX, PERMISSION_SET_SESSION_HOURS } from "./identityCenter";
export { checkInlinePolicies } from "./inlinePolicyTotals";
export { formatCount, type LimitViolation } from "./limitViolation";
export type {
  PlannedAwsResource,
  PlannedIamGroup,
  PlannedIamResource,
  PlannedIamRole,
  PlannedIamUser,
  PlannedInlinePolicy,
  PlannedInlinePolicyDocument,
  PlannedManagedPolicy,
  PlannedS3Location,
  PlannedSecretReference,
  PlannedTags,
} from "./plannedResources";
export {
  type PolicyDocumentInput,
  policyCharacterCount,
  type ReadPolicyDocument,
  readPolicyDocument,
} from "./policyCharacters";
export { checkS3BucketName, checkS3KeyPrefix, S3_KEY_MAX_BYTES } from "./s3Names";
export { checkSecretArn } from "./secretArn";
export { checkStatementIds, statementIdsOf } from "./statementIds";
export { checkTags, MAX_TAGS_PER_RESOURCE, TAG_KEY_MAX, TAG_VALUE_MAX } from "./tags";
