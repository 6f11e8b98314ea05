import { describe, expect, test } from "vitest";
import { checkEventPattern } from "../limits/eventPattern";
import { validatedWith } from "../testing/fixtures";
import { activityEventPattern } from "./activityEventPattern";
import { hasAwsAccess } from "./awsAccess";

const USER = "contractor-checkout-fix-2026-11";
const DENIED = [{ prefix: "AccessDenied" }, "UnauthorizedOperation", "Client.UnauthorizedOperation"];

describe("activityEventPattern: the contractor's CloudTrail activity an owner must hear about", () => {
  test("exact pattern: sign-in, assume, MFA and credential changes, keys made for the user, refusals, and production writes", () => {
    const { plan } = validatedWith("checkout-fix-2026-11");
    expect(activityEventPattern(plan)).toStrictEqual({
      "detail-type": ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"],
      $or: [
        {
          detail: {
            userIdentity: { userName: [USER] },
            eventName: [
              "ConsoleLogin",
              "AssumeRole",
              "CreateVirtualMFADevice",
              "DeactivateMFADevice",
              "DeleteVirtualMFADevice",
              "EnableMFADevice",
              "ResyncMFADevice",
              "CreateAccessKey",
              "CreateLoginProfile",
              "UpdateLoginProfile",
            ],
          },
        },
        {
          detail: {
            eventName: ["CreateAccessKey", "CreateLoginProfile", "UpdateLoginProfile"],
            requestParameters: { userName: [USER] },
          },
        },
        { detail: { userIdentity: { userName: [USER] }, errorCode: DENIED } },
        { detail: { userIdentity: { sessionContext: { sourceIdentity: [USER] } }, readOnly: [false] } },
        { detail: { userIdentity: { sessionContext: { sourceIdentity: [USER] } }, errorCode: DENIED } },
      ],
    });
  });

  test("with the longest id the schema allows (40 characters) it fits EventBridge's 2,048 characters", () => {
    const id = `a${"b".repeat(38)}c`;
    const { plan } = validatedWith(id);
    const text = JSON.stringify(activityEventPattern(plan));
    expect(checkEventPattern(text, id)).toStrictEqual([]);
    expect(text.length).toBeLessThan(1500);
  });

  test("only an engagement that can sign in to AWS (console or keys) has AWS access", () => {
    const codeOnly = validatedWith("code-only-2026", (draft) => {
      draft.lanes = { code: draft.lanes.code };
      draft.sharedSecrets = [];
      draft.aws = { console: false, accessKeys: false };
    });
    expect(hasAwsAccess(codeOnly.plan)).toBe(false);
    expect(hasAwsAccess(validatedWith("checkout-fix-2026-11").plan)).toBe(true);
  });
});
