import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../engagement/engagementTypes";
import { awsResourcePlan } from "../lanes/awsResourcePlan";
import { deriveAccessPlan } from "../lanes/deriveAccessPlan";
import { engagementWith, SETTINGS_INPUT, settingsWith } from "../testing/fixtures";
import type { AccessChange, AccessChangeKind } from "./accessChange";
import { accessChanges } from "./accessChanges";

// Variations of the fixture engagement over every field accessChanges reads,
// with windows that always resolve (every start precedes every end).
const engagementSpec = fc.record({
  id: fc.constantFrom("alpha", "bravo", "charlie"),
  email: fc.constantFrom("dana@freelance.example", "dana@kim.example"),
  github: fc.constantFrom("dana-codes", "dana-k"),
  ownerEmail: fc.constantFrom("priya@acme.example", "sam@acme.example"),
  window: fc.record({
    start: fc.constantFrom("2026-11-20", "2026-11-24", "2026-11-24T08:00:00Z"),
    end: fc.constantFrom("2026-11-28", "2026-12-05", "2026-11-28T12:00:00Z"),
  }),
  repositories: fc.uniqueArray(
    fc.record({
      name: fc.constantFrom("storefront", "billing", "api"),
      permission: fc.constantFrom("pull" as const, "triage" as const, "push" as const),
    }),
    { selector: (repository) => repository.name, maxLength: 3 },
  ),
  datasets: fc.subarray(["masked-orders", "live-orders"]),
  production: fc.option(
    fc.record({
      access: fc.constantFrom("read" as const, "operate" as const),
      approvedBy: fc.constantFrom("cto@acme.example", "cfo@acme.example"),
      approval: fc.constantFrom("SHOP-1430", "SHOP-1431"),
      window: fc.constantFrom(
        { start: "2026-11-27T14:00:00Z", end: "2026-11-27T16:00:00Z" },
        { start: "2026-11-27T14:00:00Z", end: "2026-11-27T18:00:00Z" },
        { start: "2026-11-27T15:00:00Z", end: "2026-11-27T16:00:00Z" },
        { start: "2026-11-28T09:00:00Z", end: "2026-11-28T11:00:00Z" },
      ),
    }),
    { nil: undefined },
  ),
  aws: fc.record({ console: fc.boolean(), accessKeys: fc.boolean(), keyRotationDays: fc.constantFrom(30, 60) }),
  sharedSecrets: fc.subarray(["stripe-test-key"]),
  timezone: fc.constantFrom("UTC", "Europe/Berlin"),
  maskedOrdersIsLive: fc.boolean(),
});

type Spec = typeof engagementSpec extends fc.Arbitrary<infer T> ? T : never;

function planOf(spec: Spec, record: Pick<EngagementInput, "reviews" | "revoked"> = {}) {
  const engagement = engagementWith((draft: EngagementInput) => {
    Object.assign(draft, { id: spec.id, window: spec.window, aws: spec.aws, sharedSecrets: spec.sharedSecrets });
    Object.assign(draft, record);
    Object.assign(draft.contractor, { email: spec.email, github: spec.github });
    Object.assign(draft.owner, { email: spec.ownerEmail });
    draft.lanes = {
      code: spec.repositories.length > 0 ? { repositories: spec.repositories } : undefined,
      data: spec.datasets.length > 0 ? { datasets: spec.datasets } : undefined,
      production: spec.production,
    };
  });
  const classification = spec.maskedOrdersIsLive ? ("live" as const) : ("masked" as const);
  const datasets = {
    ...SETTINGS_INPUT.datasets,
    "masked-orders": { classification, bucket: "acme-analytics", prefix: "masked/orders/" },
  };
  return deriveAccessPlan(engagement, settingsWith({ timezone: spec.timezone, datasets }));
}

const specs = fc.uniqueArray(engagementSpec, { selector: (spec) => spec.id, maxLength: 3 });

const MIRROR: Record<AccessChangeKind, AccessChangeKind> = {
  added: "removed",
  removed: "added",
  widened: "narrowed",
  narrowed: "widened",
  extended: "shortened",
  shortened: "extended",
  changed: "changed",
  // The specs record no reviews or revocations (recordChanges.test.ts covers them), so these never occur here.
  reviewed: "reviewed",
  revoked: "revoked",
};

const summary = (changes: readonly AccessChange[], mirror = false) =>
  changes.map(({ engagement, lane, kind }) => `${engagement} ${lane} ${mirror ? MIRROR[kind] : kind}`).sort();

describe("accessChanges (property)", () => {
  test("a stack compared with itself has no changes", () => {
    fc.assert(
      fc.property(specs, (list) => {
        expect(
          accessChanges(
            list.map((spec) => planOf(spec)),
            list.map((spec) => planOf(spec)),
          ),
        ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("swapping base and head mirrors every change", () => {
    fc.assert(
      fc.property(specs, specs, (base, head) => {
        const forward = accessChanges(
          base.map((spec) => planOf(spec)),
          head.map((spec) => planOf(spec)),
        );
        const backward = accessChanges(
          head.map((spec) => planOf(spec)),
          base.map((spec) => planOf(spec)),
        );
        expect(summary(backward)).toEqual(summary(forward, true));
      }),
      { numRuns: 300 },
    );
  });

  test("the order of the input does not change the output", () => {
    fc.assert(
      fc.property(specs, specs, (base, head) => {
        const [basePlans, headPlans] = [base.map((spec) => planOf(spec)), head.map((spec) => planOf(spec))];
        expect(accessChanges([...basePlans].reverse(), [...headPlans].reverse())).toEqual(
          accessChanges(basePlans, headPlans),
        );
      }),
      { numRuns: 200 },
    );
  });
});

// The record: reviews and a revocation, any of which a change may add, alter or take back.
const recordSpec = fc.record({
  reviews: fc.subarray([
    { date: "2026-11-25", by: "priya@acme.example", decision: "keep" as const },
    { date: "2026-11-26", by: "sam@acme.example", decision: "end" as const },
    { date: "2026-11-26", by: "priya@acme.example", decision: "narrow" as const, note: "Drop the data lane" },
    { date: "2026-11-26", by: "Priya@acme.example", decision: "narrow" as const },
  ]),
  revoked: fc.option(
    fc.constantFrom(
      { at: "2026-11-25T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" },
      { at: "2026-11-25T10:30:00+00:00", by: "priya@acme.example", reason: "Laptop stolen" },
      { at: "2026-11-27T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" },
      { at: "2026-11-25T10:30:00Z", by: "sam@acme.example", reason: "Task done" },
    ),
    { nil: undefined },
  ),
});

// Which kinds say access runs longer, and which say it ends sooner. A review recorded says either: its
// line carries where access now ends.
const LATER: readonly AccessChangeKind[] = ["extended", "widened", "added", "reviewed"];
const SOONER: readonly AccessChangeKind[] = ["shortened", "revoked", "narrowed", "removed", "reviewed"];
const reviewKey = ({ date, by, decision }: { date: string; by: string; decision: string }) =>
  `${date} ${by.toLowerCase()} ${decision}`;

describe("accessChanges (property): no silent change of when access ends", () => {
  test("when a change moves the instant access ends, the diff says which way, and names every record taken back", () => {
    fc.assert(
      fc.property(engagementSpec, recordSpec, recordSpec, (spec, baseRecord, headRecord) => {
        const [base, head] = [planOf(spec, baseRecord), planOf(spec, headRecord)];
        const changes = accessChanges([base], [head]);
        const kinds = changes.map(({ kind }) => kind);
        const [before, after] = [base.accessEnd.at.getTime(), head.accessEnd.at.getTime()];
        if (after > before)
          expect(
            kinds.some((kind) => LATER.includes(kind)),
            "later",
          ).toBe(true);
        if (after < before)
          expect(
            kinds.some((kind) => SOONER.includes(kind)),
            "sooner",
          ).toBe(true);
        const messages = changes.map(({ message }) => message);
        const kept = new Set((headRecord.reviews ?? []).map(reviewKey));
        for (const review of baseRecord.reviews ?? []) {
          if (kept.has(reviewKey(review))) continue;
          const named = `review removed from the record: ${review.date} by ${review.by}, ${review.decision}`;
          expect(messages.some((message) => message.startsWith(named))).toBe(true);
        }
        if (baseRecord.revoked && !headRecord.revoked) {
          expect(messages.some((message) => message.startsWith("revocation removed from the record"))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** What the stack grants for a plan, by the lane a reviewer reads it under. */
function grants(plan: ReturnType<typeof planOf>): Record<string, string> {
  const documents = JSON.parse(JSON.stringify(awsResourcePlan(plan)), (key, value) =>
    key === "description" || key === "tags" ? undefined : value,
  );
  return {
    // Whose GitHub account it is reads as who the engagement is for, under the engagement.
    // The order repositories are listed in grants nothing.
    code: JSON.stringify(
      plan.code && {
        ...plan.code,
        githubUsername: undefined,
        repositories: [...plan.code.repositories].sort((a, b) => a.name.localeCompare(b.name)),
      },
    ),
    data: JSON.stringify(plan.data),
    production: JSON.stringify(plan.production),
    // The enrolment deadline follows the window's start, and is read under the window.
    aws: JSON.stringify({ ...plan.aws, mfaEnrollmentEnds: undefined }),
    sharedSecrets: JSON.stringify(plan.sharedSecrets),
    // Who the engagement is for and who owns it.
    engagement: JSON.stringify({ contractor: plan.engagement.contractor, owner: plan.engagement.owner }),
    // When access starts and ends: the window, or the record (reviews, revocation) that ends it early.
    "window|engagement": JSON.stringify(plan.accessWindow),
    // Every policy and name in AWS: whatever lane moves them, the diff must say something.
    "*": JSON.stringify(documents),
  };
}

describe("accessChanges (property): no silent change of what is granted", () => {
  test("whenever a change alters a lane's grants, a policy, a name or the access window, the diff lists it under that lane", () => {
    fc.assert(
      fc.property(
        engagementSpec,
        engagementSpec,
        recordSpec,
        recordSpec,
        (baseSpec, headSpec, baseRecord, headRecord) => {
          const base = planOf(baseSpec, baseRecord);
          const head = planOf({ ...headSpec, id: baseSpec.id }, headRecord);
          const changes = accessChanges([base], [head]);
          const [before, after] = [grants(base), grants(head)];
          // A review or revocation that ends access early also cuts what runs to the end (production's
          // window): the record's own entry says where access now ends.
          const recordChanged = JSON.stringify(baseRecord) !== JSON.stringify(headRecord);
          for (const [lanes, fingerprint] of Object.entries(after)) {
            if (fingerprint === before[lanes]) continue;
            const listed = changes.filter(
              ({ lane }) =>
                lanes === "*" ||
                lanes.split("|").includes(lane) ||
                (recordChanged && lane === "engagement" && (lanes === "production" || lanes === "window|engagement")),
            );
            expect(listed, `${lanes} changed but the diff does not say so`).not.toEqual([]);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
