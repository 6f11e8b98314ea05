import { describe, expect, test } from "vitest";
import { engagementWith, IDENTITY_CENTER_SETTINGS_INPUT, settingsWith } from "../testing/fixtures";
import { credentialsFitIdentity } from "./credentialsFitIdentity";

const identityCenter = settingsWith(IDENTITY_CENTER_SETTINGS_INPUT);
const USER_ID = "9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678";

describe("credentialsFitIdentity: an engagement asks only for what its identity backend gives", () => {
  test("Compliance: IAM users with access keys; Identity Center with the console, and with an adopted user", () => {
    expect(credentialsFitIdentity.check([engagementWith()], settingsWith())).toEqual([]);
    const portal = engagementWith((e) => {
      e.aws = { console: true };
      e.contractor.identityCenterUserId = USER_ID;
    });
    expect(credentialsFitIdentity.check([portal], identityCenter)).toEqual([]);
  });

  test("Noncompliance 1: access keys under Identity Center, which has no long-term keys", () => {
    expect(credentialsFitIdentity.check([engagementWith()], identityCenter)).toEqual([
      {
        rule: "credentialsFitIdentity",
        severity: "error",
        engagementIndex: 0,
        path: ["aws", "accessKeys"],
        message:
          "aws.accessKeys is true, but the stack uses identity: identity-center, which issues only short-lived sessions and no long-term keys; remove aws.accessKeys (the contractor gets CLI credentials with aws configure sso)",
      },
    ]);
  });

  test("Noncompliance 2: an Identity Store user id under IAM users, which would ignore it", () => {
    const engagement = engagementWith((e) => {
      e.contractor.identityCenterUserId = USER_ID;
    });
    expect(credentialsFitIdentity.check([engagement], settingsWith())).toEqual([
      {
        rule: "credentialsFitIdentity",
        severity: "error",
        engagementIndex: 0,
        path: ["contractor", "identityCenterUserId"],
        message:
          "contractor.identityCenterUserId is set, but the stack uses identity: iam-user, which creates an IAM user and would ignore it; remove it, or set identity: identity-center in the stack settings",
      },
    ]);
  });
});
