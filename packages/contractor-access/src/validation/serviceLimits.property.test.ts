import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ENGAGEMENT_MAXIMA, type EngagementInput } from "../engagement/engagementSchema";
import { DATASET_PREFIX_MAX, SECRET_ARN_MAX, stackSettingsSchema } from "../engagement/stackSettingsSchema";
import { IAM_DESCRIPTION_CHARACTER, TAG_CHARACTER } from "../limits/characterSets";
import { ENGAGEMENT_INPUT, iamUserResources, SETTINGS_INPUT } from "../testing/fixtures";
import { validateEngagements } from "./validateEngagements";

// Catalogs at their longest: bucket names of 63 characters, prefixes of
// DATASET_PREFIX_MAX, secret ARNs of SECRET_ARN_MAX, one per allowed entry.
const pad = (text: string, length: number, fill = "a") => text + fill.repeat(Math.max(0, length - text.length));
const bucket = (index: number) => pad(`acme-data-${index}-`, 63, "x");
const prefix = (index: number) => `${pad(`masked/set-${index}/`, DATASET_PREFIX_MAX - 1)}/`;
// A secret name has at most 512 characters; with its region and suffix the ARN stays under SECRET_ARN_MAX.
const secretArn = (index: number) =>
  `arn:aws:secretsmanager:eu-west-1:123456789012:secret:${pad(`shared-${index}-`, 500)}-AbCdEf`;
const names = (kind: string, count: number) => Array.from({ length: count }, (_, index) => `${kind}-${index + 1}`);

test("the longest catalog entries are within the catalog's own maxima", () => {
  expect(secretArn(0).length).toBeLessThanOrEqual(SECRET_ARN_MAX);
  expect(prefix(0)).toHaveLength(DATASET_PREFIX_MAX);
});

const settings = stackSettingsSchema.parse({
  ...SETTINGS_INPUT,
  datasets: Object.fromEntries(
    names("set", ENGAGEMENT_MAXIMA.datasets).map((name, index) => [
      name,
      { classification: index % 2 === 0 ? "masked" : "live", bucket: bucket(index), prefix: prefix(index) },
    ]),
  ),
  sharedSecrets: Object.fromEntries(
    names("secret", ENGAGEMENT_MAXIMA.sharedSecrets).map((name, index) => [name, { arn: secretArn(index) }]),
  ),
});

// Text in any script, emoji and punctuation included, with no sentence break or line break.
const anyText = (maxLength: number) =>
  fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(..."北京東京Łódź–“”‘’😀é ñ#,;()"),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength,
    })
    .map((text) => text.replace(/[\r\n.!?]/g, " ").trim() || "x");

// Slugs of every allowed length, the longest giving the longest IAM names.
const slugId = fc.integer({ min: 3, max: 40 }).map((length) => `z${"b".repeat(length - 2)}9`);

const atMaxima = fc.record({
  id: slugId,
  task: anyText(200),
  ticket: anyText(128),
  approval: anyText(128),
  contractorName: anyText(80),
  datasets: fc.integer({ min: 1, max: ENGAGEMENT_MAXIMA.datasets }),
  secrets: fc.integer({ min: 0, max: ENGAGEMENT_MAXIMA.sharedSecrets }),
  repositories: fc.integer({ min: 1, max: ENGAGEMENT_MAXIMA.repositories }),
  operate: fc.boolean(),
});

type Spec = typeof atMaxima extends fc.Arbitrary<infer T> ? T : never;

function engagementOf(spec: Spec): EngagementInput {
  const base = structuredClone(ENGAGEMENT_INPUT);
  const production = base.lanes.production;
  return {
    ...base,
    id: spec.id,
    task: spec.task,
    ticket: spec.ticket,
    contractor: { ...base.contractor, name: spec.contractorName },
    lanes: {
      code: {
        repositories: names(pad("repository", 90, "r"), spec.repositories).map((name) => ({
          name,
          permission: "push",
        })),
      },
      data: {
        datasets: names("set", spec.datasets),
        approvedBy: "cto@acme.example",
        reason: "Reconcile live orders",
      },
      ...(production
        ? {
            production: {
              ...production,
              access: spec.operate ? "operate" : "read",
              reason: "Restart the stuck worker",
              approval: spec.approval,
            },
          }
        : {}),
    },
    aws: { console: true, accessKeys: true },
    sharedSecrets: names("secret", spec.secrets),
  };
}

const size = (document: unknown) => JSON.stringify(document).length;

describe("an engagement at the schema's maxima is one AWS and GitHub accept (property)", () => {
  test("whatever validates has every policy, name, description and tag within IAM's limits", () => {
    fc.assert(
      fc.property(atMaxima, (spec) => {
        const result = validateEngagements([{ file: "max.yaml", content: engagementOf(spec) }], settings, {
          now: new Date("2026-11-25T12:00:00Z"),
        });
        expect(result.errors).toStrictEqual([]);
        const [validated] = result.engagements;
        if (!validated) throw new Error("expected the engagement to validate");
        const { boundary, grants, productionRole, tags } = iamUserResources(validated.awsResources);
        expect(size(boundary.document)).toBeLessThanOrEqual(6144);
        expect(grants.length).toBeLessThanOrEqual(10);
        for (const grant of grants) expect(size(grant.document)).toBeLessThanOrEqual(6144);
        for (const policy of [boundary, ...grants]) {
          expect(policy.description.length).toBeLessThanOrEqual(1000);
          expect([...policy.description].every((character) => IAM_DESCRIPTION_CHARACTER.test(character))).toBe(true);
        }
        if (productionRole) {
          expect(size(productionRole.permissionPolicy)).toBeLessThanOrEqual(10240);
          expect(
            size(productionRole.trustPolicy("arn:aws-us-gov:iam::123456789012:user/contractors/x")),
          ).toBeLessThanOrEqual(2048);
          expect(productionRole.name.length).toBeLessThanOrEqual(64);
        }
        for (const [key, value] of Object.entries(tags)) {
          expect(key.length).toBeLessThanOrEqual(128);
          expect(value.length).toBeLessThanOrEqual(256);
          expect([...value].every((character) => TAG_CHARACTER.test(character))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
