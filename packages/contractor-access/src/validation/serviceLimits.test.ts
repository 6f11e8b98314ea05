import { describe, expect, test } from "vitest";
import { stackSettingsSchema } from "../engagement/stackSettingsSchema";
import { ENGAGEMENT_INPUT, iamUserResources, SETTINGS_INPUT } from "../testing/fixtures";
import { formatDiagnostic } from "./diagnostic";
import { validateEngagements } from "./validateEngagements";

// Production permissions are stack settings; an engagement with a production
// lane carries them in its role's one inline policy, which IAM caps at 10,240.
const hugeReadAccess = {
  actions: ["logs:GetLogEvents"],
  resources: Array.from(
    { length: 200 },
    (_, index) => `arn:aws:logs:eu-west-1:123456789012:log-group:service-${index}:*`,
  ),
};

describe("serviceLimitProblems: what AWS would refuse is refused at validation, naming file, field, resource, limit and figure", () => {
  test("Noncompliance: a production role policy over IAM's 10,240 characters per role", () => {
    const settings = stackSettingsSchema.parse({
      ...SETTINGS_INPUT,
      production: { read: hugeReadAccess, operate: { actions: ["ecs:UpdateService"], resources: ["*"] } },
    });
    const result = validateEngagements([{ file: "checkout.yaml", content: ENGAGEMENT_INPUT }], settings, {
      now: new Date("2026-11-25T12:00:00Z"),
    });
    expect(result.errors.map(formatDiagnostic)).toStrictEqual([
      expect.stringMatching(
        /^checkout\.yaml: lanes\.production: inline policies of IAM role contractor-checkout-fix-2026-11-production total 1\d,\d{3} characters; IAM allows 10,240 per role.* \(resource contractor-checkout-fix-2026-11-production, limit [\w-]+\)$/,
      ),
    ]);
    expect(result.engagements).toStrictEqual([]);
  });

  test("Compliance: the fixture engagement, every lane, fits", () => {
    const settings = stackSettingsSchema.parse(SETTINGS_INPUT);
    const result = validateEngagements([{ file: "checkout.yaml", content: ENGAGEMENT_INPUT }], settings, {
      now: new Date("2026-11-25T12:00:00Z"),
    });
    expect(result.errors).toStrictEqual([]);
    expect(
      result.engagements.map((engagement) => iamUserResources(engagement.awsResources).grants.length),
    ).toStrictEqual([1]);
  });

  test.each([
    [{ managedPoliciesPerUser: 21 }, ["iamQuotas", "managedPoliciesPerUser"]],
    [{ roleTrustPolicyCharacters: 5000 }, ["iamQuotas", "roleTrustPolicyCharacters"]],
  ])("Noncompliance: a quota AWS cannot grant, %o, is refused in the settings", (quotas, path) => {
    const result = stackSettingsSchema.safeParse({ ...SETTINGS_INPUT, iamQuotas: quotas });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toStrictEqual([path]);
  });
});
