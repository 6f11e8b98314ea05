import * as aws from "@pulumi/aws";
import type { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { REQUIRED_TAG_KEYS } from "contractor-access/contract";
import { isContractorPermissionSet } from "../contractorPermissionSets";
import { hasContractorName, isContractorPath } from "../contractorResources";

/** The tags the component puts on every taggable AWS resource of an engagement. */
export const DEFAULT_REQUIRED_TAGS: readonly string[] = REQUIRED_TAG_KEYS;

/** Configuration of {@link contractorResourcesTagged}. */
export interface RequiredTagsConfig {
  /** Tag keys every contractor user, role, managed policy and permission set must carry with a non-empty value. */
  readonly requiredTags?: readonly string[];
}

/**
 * The `tags` input of a contractor user, role, managed policy or Identity
 * Center permission set; `undefined` for any other resource. (A permission
 * set's inline policy, boundary attachment and assignment take no tags.)
 */
function contractorTags(args: ResourceValidationArgs): { tags: unknown } | undefined {
  const user = args.asType(aws.iam.User);
  if (user) return isContractorPath(user.path) ? { tags: user.tags } : undefined;
  const role = args.asType(aws.iam.Role);
  if (role) return isContractorPath(role.path) || hasContractorName(role.name) ? { tags: role.tags } : undefined;
  const policy = args.asType(aws.iam.Policy);
  if (policy)
    return isContractorPath(policy.path) || hasContractorName(policy.name) ? { tags: policy.tags } : undefined;
  const set = args.asType(aws.ssoadmin.PermissionSet);
  if (set) return isContractorPermissionSet(args) ? { tags: set.tags } : undefined;
  return undefined;
}

/** Compliant: every contractor user, role, managed policy and permission set carries the required tags. */
export const contractorResourcesTagged: ResourceValidationPolicy = {
  name: "contractor-resources-tagged",
  description:
    "Every contractor IAM user, role and managed policy, and every contractor IAM Identity Center permission set, carries the engagement, owner, ticket and end tags, so anyone in the AWS console can find who owns it and when it ends.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      requiredTags: {
        type: "array",
        items: { type: "string", minLength: 1 },
        default: [...DEFAULT_REQUIRED_TAGS],
        description: "Tag keys that must be present with a non-empty value.",
      },
    },
  },
  validateResource: (args, reportViolation) => {
    const found = contractorTags(args);
    if (!found) return;
    const required = args.getConfig<RequiredTagsConfig>().requiredTags ?? DEFAULT_REQUIRED_TAGS;
    const tags = (typeof found.tags === "object" && found.tags !== null ? found.tags : {}) as Record<string, unknown>;
    const missing = required.filter((key) => typeof tags[key] !== "string" || tags[key] === "");
    if (missing.length > 0) {
      reportViolation(
        `The resource lacks required tags: ${missing.join(", ")}. Tag every contractor resource so the console shows its engagement, owner, ticket and end.`,
      );
    }
  },
};
