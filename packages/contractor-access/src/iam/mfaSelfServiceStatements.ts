import type { PolicyStatement } from "./policyDocument";

// The user sits under a path (/contractors/), so its ARN is user/contractors/<name>:
// AWS's example resource user/${aws:username} alone would not match it.
const OWN_USER = ["arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:user/*/${aws:username}"];

const PASSWORD_ACTIONS = ["iam:ChangePassword", "iam:GetAccountPasswordPolicy"];

const WITHOUT_MFA = [
  "iam:CreateVirtualMFADevice",
  "iam:EnableMFADevice",
  "iam:GetUser",
  "iam:ListMFADevices",
  "iam:ListVirtualMFADevices",
  "iam:ResyncMFADevice",
  "sts:GetSessionToken",
];

/**
 * Credential self-service with MFA enforced, after AWS's documented policy
 * "Allows MFA-authenticated IAM users to manage their own MFA device": the
 * user may enrol a virtual MFA device on their own user and nothing else
 * until they sign in with MFA. Calls signed with long-term access keys carry
 * no MFA and are denied (`BoolIfExists`); the contractor exchanges the keys
 * and an MFA code for a session with `sts:GetSessionToken`.
 *
 * @param options.console With the console on, a first sign-in must be able to
 *   change the password before MFA exists, so the password actions are allowed
 *   on the user's own ARN and exempt from the MFA deny.
 */
export function mfaSelfServiceStatements(options: { readonly console: boolean }): PolicyStatement[] {
  const password = options.console ? PASSWORD_ACTIONS : [];
  return [
    { Sid: "AllowViewAccountInfo", Effect: "Allow", Action: "iam:ListVirtualMFADevices", Resource: "*" },
    {
      Sid: "AllowManageOwnVirtualMFADevice",
      Effect: "Allow",
      Action: "iam:CreateVirtualMFADevice",
      Resource: "arn:aws:iam::*:mfa/*",
    },
    {
      Sid: "AllowManageOwnUserMFA",
      Effect: "Allow",
      Action: [
        "iam:DeactivateMFADevice",
        "iam:EnableMFADevice",
        "iam:GetUser",
        "iam:GetMFADevice",
        "iam:ListMFADevices",
        "iam:ResyncMFADevice",
      ],
      Resource: OWN_USER,
    },
    ...(options.console
      ? [
          { Sid: "AllowChangeOwnPassword", Effect: "Allow", Action: "iam:ChangePassword", Resource: OWN_USER } as const,
          {
            Sid: "AllowViewPasswordPolicy",
            Effect: "Allow",
            Action: "iam:GetAccountPasswordPolicy",
            Resource: "*",
          } as const,
        ]
      : []),
    {
      Sid: "DenyAllExceptListedIfNoMFA",
      Effect: "Deny",
      NotAction: [...password, ...WITHOUT_MFA].sort(),
      Resource: "*",
      Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
    },
  ];
}
