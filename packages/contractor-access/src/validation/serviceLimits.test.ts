import { describe, expect, test } from "vitest";
import { stackSettingsSchema } from "../engagement/stackSettingsSchema";
import {
  ENGAGEMENT_INPUT,
  IDENTITY_CENTER_SETTINGS_INPUT,
  iamUserResources,
  SETTINGS_INPUT,
} from "../testing/fixtures";
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

describe("serviceLimitProblems under Identity Center: permission sets and the person's user", () => {
  const datasets = Object.fromEntries(
    Array.from({ length: 20 }, (_, index) => [
      `set-${index}`,
      { classification: "masked" as const, bucket: "acme-analytics", prefix: `${"p".repeat(250)}${index}/` },
    ]),
  );
  const settings = stackSettingsSchema.parse({
    ...SETTINGS_INPUT,
    ...IDENTITY_CENTER_SETTINGS_INPUT,
    datasets: { ...SETTINGS_INPUT.datasets, ...datasets },
  });
  const engagement = (change: (draft: typeof ENGAGEMENT_INPUT) => void) => {
    const draft = structuredClone(ENGAGEMENT_INPUT);
    draft.aws = { console: true };
    change(draft);
    return draft;
  };
  const validate = (content: object) =>
    validateEngagements([{ file: "checkout.yaml", content }], settings, { now: new Date("2026-11-25T12:00:00Z") });

  test("Compliance: the fixture engagement, every lane, fits in its permission sets", () => {
    const result = validate(engagement(() => {}));
    expect(result.errors).toStrictEqual([]);
    expect(result.engagements).toHaveLength(1);
  });

  test("Noncompliance: grants that overflow the 10,240 characters a permission set's role holds, refused and not declared", () => {
    const result = validate(
      engagement((draft) => {
        draft.lanes.data = { datasets: Object.keys(datasets) };
      }),
    );
    expect(result.errors.map(formatDiagnostic)).toStrictEqual([
      expect.stringMatching(
        /^checkout\.yaml: lanes: the inline policy of permission set contractor-checkout-fix-2026-11 has \d{2},\d{3} characters; it becomes a role's inline policy in the account, which IAM caps at 10,240 \(resource contractor-checkout-fix-2026-11, limit identity-center-inline-policy-size\)$/,
      ),
    ]);
    expect(result.engagements).toStrictEqual([]);
  });

  test("Noncompliance: an email longer than the identity store's 128-character user names, naming the field", () => {
    const email = `${"d".repeat(120)}@freelance.example`;
    const result = validate(
      engagement((draft) => {
        draft.contractor.email = email;
      }),
    );
    expect(result.errors.map(formatDiagnostic)).toStrictEqual([
      `checkout.yaml: contractor.email: Identity Store user name ${email} has 138 characters; the identity store allows at most 128, so use a shorter email or adopt an existing user with contractor.identityCenterUserId (resource user ${email}, limit identity-store-user-name)`,
    ]);
  });
});

describe("permissionSetNameClashes: permission set names are unique in the instance", () => {
  // Two ids found by search whose SHA-256 begin alike: cut to fit, their permission set names are one.
  const clashing = ["collision-test-x-002744", "collision-test-x-007049"];
  const settings = stackSettingsSchema.parse({ ...SETTINGS_INPUT, ...IDENTITY_CENTER_SETTINGS_INPUT });
  const sources = clashing.map((id) => {
    const content = structuredClone(ENGAGEMENT_INPUT);
    content.id = id;
    content.aws = { console: true };
    return { file: `${id}.yaml`, content };
  });

  test("Noncompliance: both engagements refused, each naming the other", () => {
    const result = validateEngagements(sources, settings, { now: new Date("2026-11-25T12:00:00Z") });
    expect(result.errors.map(formatDiagnostic)).toStrictEqual([
      'collision-test-x-002744.yaml: id: the Identity Center permission set name contractor-collision-test.595c90 of id collision-test-x-002744 is also that of engagement "collision-test-x-007049" (collision-test-x-007049.yaml): long ids are cut to fit 32 characters and end in a hash, and both end in the same one; permission set names are unique in the instance, so choose another id (resource contractor-collision-test.595c90, limit identity-center-permission-set-name-unique)',
      'collision-test-x-007049.yaml: id: the Identity Center permission set name contractor-collision-test.595c90 of id collision-test-x-007049 is also that of engagement "collision-test-x-002744" (collision-test-x-002744.yaml): long ids are cut to fit 32 characters and end in a hash, and both end in the same one; permission set names are unique in the instance, so choose another id (resource contractor-collision-test.595c90, limit identity-center-permission-set-name-unique)',
      'collision-test-x-002744.yaml: id: the Identity Center permission set name contractor-collision.595c90.prod of id collision-test-x-002744 is also that of engagement "collision-test-x-007049" (collision-test-x-007049.yaml): long ids are cut to fit 32 characters and end in a hash, and both end in the same one; permission set names are unique in the instance, so choose another id (resource contractor-collision.595c90.prod, limit identity-center-permission-set-name-unique)',
      'collision-test-x-007049.yaml: id: the Identity Center permission set name contractor-collision.595c90.prod of id collision-test-x-007049 is also that of engagement "collision-test-x-002744" (collision-test-x-002744.yaml): long ids are cut to fit 32 characters and end in a hash, and both end in the same one; permission set names are unique in the instance, so choose another id (resource contractor-collision.595c90.prod, limit identity-center-permission-set-name-unique)',
    ]);
    expect(result.engagements).toStrictEqual([]);
  });

  test("Compliance: under IAM users the same ids are fine (no permission sets)", () => {
    const iamUsers = stackSettingsSchema.parse(SETTINGS_INPUT);
    const keys = sources.map(({ file, content }) => ({ file, content: { ...content, aws: { accessKeys: true } } }));
    const result = validateEngagements(keys, iamUsers, { now: new Date("2026-11-25T12:00:00Z") });
    expect(result.errors).toStrictEqual([]);
  });
});
