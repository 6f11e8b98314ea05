import { iamTime } from "../dates/iamTime";
import type { PolicyStatement } from "./policyDocument";

// The user sits under a path (/contractors/), so its ARN is user/contractors/<name>:
// AWS's example resource user/${aws:username} alone would not match it.
const OWN_USER = ["arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:user/*/${aws:username}"];

// A device named exactly after the user, or "<user name>.<anything>". User
// names are contractor-<slug> and slugs have no ".", so no contractor can
// take a name another contractor's device would need.
const OWN_DEVICES = ["arn:aws:iam::*:mfa/${aws:username}", "arn:aws:iam::*:mfa/${aws:username}.*"];

const PASSWORD_ACTIONS = ["iam:ChangePassword", "iam:GetAccountPasswordPolicy"];

/** What enrolling a device takes; without MFA only inside the enrolment window. */
const ENROLLMENT_ACTIONS = [
  "iam:CreateVirtualMFADevice",
  "iam:DeleteVirtualMFADevice",
  "iam:EnableMFADevice",
  "iam:ResyncMFADevice",
];

/** What a user without MFA may always do: look at itself, and trade keys and a code for an MFA session. */
const ALWAYS_WITHOUT_MFA = ["iam:GetUser", "iam:ListMFADevices", "iam:ListVirtualMFADevices", "sts:GetSessionToken"];

/** Options of {@link mfaSelfServiceStatements}. */
export interface MfaSelfServiceOptions {
  /** With the console on, a first sign-in must change the password before MFA exists. */
  readonly console: boolean;
  /** Until when a device may be enrolled without MFA; after it, only with MFA. */
  readonly enrollmentEnds: Date;
}

/**
 * Credential self-service with MFA enforced, after AWS's documented policy
 * "Allows MFA-authenticated IAM users to manage their own MFA device", with
 * two changes that close a stolen credential's path to an MFA of its own:
 * without MFA a device can be enrolled only until `enrollmentEnds` (the
 * first hours of the engagement), and only under the user's own name
 * (`mfa/<user name>` or `mfa/<user name>.<label>`). Calls signed with
 * long-term access keys carry no MFA and are denied (`BoolIfExists`); the
 * contractor exchanges the keys and an MFA code for a session with
 * `sts:GetSessionToken`. The contractor may delete their own unassigned
 * devices, so a failed enrolment leaves nothing behind.
 *
 * @example
 * mfaSelfServiceStatements({ console: false, enrollmentEnds: new Date("2026-11-25T00:00:00Z") }).map((s) => s.Sid);
 * // ["AllowViewAccountInfo", "AllowManageOwnVirtualMFADevice", "AllowManageOwnUserMFA",
 * //  "DenyAllExceptListedIfNoMFA", "DenyMFAEnrollmentWithoutMFAAfterEnrollmentWindow"]
 */
export function mfaSelfServiceStatements(options: MfaSelfServiceOptions): PolicyStatement[] {
  const password = options.console ? PASSWORD_ACTIONS : [];
  return [
    { Sid: "AllowViewAccountInfo", Effect: "Allow", Action: "iam:ListVirtualMFADevices", Resource: "*" },
    {
      Sid: "AllowManageOwnVirtualMFADevice",
      Effect: "Allow",
      Action: ["iam:CreateVirtualMFADevice", "iam:DeleteVirtualMFADevice"],
      Resource: OWN_DEVICES,
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
      NotAction: [...password, ...ALWAYS_WITHOUT_MFA, ...ENROLLMENT_ACTIONS].sort(),
      Resource: "*",
      Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
    },
    {
      // Conditions in one statement are ANDed: no MFA and after the enrolment window.
      Sid: "DenyMFAEnrollmentWithoutMFAAfterEnrollmentWindow",
      Effect: "Deny",
      Action: ENROLLMENT_ACTIONS,
      Resource: "*",
      Condition: {
        BoolIfExists: { "aws:MultiFactorAuthPresent": "false" },
        DateGreaterThan: { "aws:CurrentTime": iamTime(options.enrollmentEnds) },
      },
    },
  ];
}
