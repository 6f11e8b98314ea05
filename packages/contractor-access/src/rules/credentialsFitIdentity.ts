import { engagementRule, type Problem } from "./rule";

/**
 * Each engagement asks only for what its stack's identity backend can give.
 * Identity Center issues short-lived sessions and nothing else, so access
 * keys (long-term credentials) are refused there rather than silently
 * dropped; and an Identity Store user id means nothing to IAM users, so it is
 * refused under `iam-user` rather than ignored.
 */
export const credentialsFitIdentity = engagementRule(
  "credentialsFitIdentity",
  "Under identity: identity-center an engagement asks for no access keys; contractor.identityCenterUserId is set only under identity-center.",
  ({ aws, contractor }, settings) => {
    const problems: Problem[] = [];
    if (settings.identity === "identity-center" && aws.accessKeys) {
      problems.push({
        path: ["aws", "accessKeys"],
        message:
          "aws.accessKeys is true, but the stack uses identity: identity-center, which issues only short-lived sessions and no long-term keys; remove aws.accessKeys (the contractor gets CLI credentials with aws configure sso)",
      });
    }
    if (settings.identity === "iam-user" && contractor.identityCenterUserId !== undefined) {
      problems.push({
        path: ["contractor", "identityCenterUserId"],
        message:
          "contractor.identityCenterUserId is set, but the stack uses identity: iam-user, which creates an IAM user and would ignore it; remove it, or set identity: identity-center in the stack settings",
      });
    }
    return problems;
  },
);
