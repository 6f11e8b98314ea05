import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { awsLanesHaveCredentials } from "./awsLanesHaveCredentials";

const NO_CREDENTIALS = { console: false, accessKeys: false };

describe("awsLanesHaveCredentials: AWS grants come with a console login or access keys", () => {
  test.each([
    ["the console", { console: true, accessKeys: false }],
    ["access keys", { console: false, accessKeys: true }],
  ])("Compliance: every lane, with %s", (_, aws) => {
    const engagement = engagementWith((e) => {
      e.aws = aws;
    });
    expect(awsLanesHaveCredentials.check([engagement], settingsWith())).toEqual([]);
  });

  test("Compliance: the code lane alone needs no AWS credentials", () => {
    const engagement = engagementWith((e) => {
      e.lanes.data = undefined;
      e.lanes.production = undefined;
      e.sharedSecrets = [];
      e.aws = NO_CREDENTIALS;
    });
    expect(awsLanesHaveCredentials.check([engagement], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: every AWS grant and no credentials", () => {
    const engagement = engagementWith((e) => {
      e.aws = NO_CREDENTIALS;
    });
    expect(awsLanesHaveCredentials.check([engagement], settingsWith())).toEqual([
      {
        rule: "awsLanesHaveCredentials",
        severity: "error",
        engagementIndex: 0,
        path: ["aws"],
        message:
          "the engagement grants the data lane, the production lane, and shared secrets in AWS but aws.console and aws.accessKeys are both false, so the contractor gets an identity and no way to use it; set aws.console: true for the web console or aws.accessKeys: true for the CLI",
      },
    ]);
  });

  test("Noncompliance 2: shared secrets alone need credentials", () => {
    const engagement = engagementWith((e) => {
      e.lanes.data = undefined;
      e.lanes.production = undefined;
      e.aws = undefined; // the defaults: no console, no access keys
    });
    expect(awsLanesHaveCredentials.check([engagement], settingsWith())).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^the engagement grants shared secrets in AWS but/) }),
    ]);
  });
});

test("awsLanesHaveCredentials: under Identity Center the access portal is the way in, so no credential is asked for", () => {
  const engagement = engagementWith((e) => {
    e.aws = { console: false, accessKeys: false };
  });
  expect(
    awsLanesHaveCredentials.check(
      [engagement],
      settingsWith({
        identity: "identity-center",
        identityCenter: {
          instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef",
          identityStoreId: "d-1234567890",
          accountId: "123456789012",
        },
      }),
    ),
  ).toEqual([]);
});
