import type { EvaluationResult } from "@cloud-copilot/iam-simulate";
import { beforeAll, describe, expect, test } from "vitest";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { ENGAGEMENT_INPUT, SETTINGS_INPUT } from "../packages/contractor-access/src/testing/fixtures";
import { declareUnderMocks } from "./support/declareUnderMocks";
import { type EngagementPolicies, engagementPolicies, type RequestContext, simulate } from "./support/iamSimulator";

// Missed reviews and revocations end access by the same explicit Deny on
// aws:CurrentTime as the window: the policies below are the ones the real
// component declares on 2026-11-03, days before any deadline, and IAM alone
// enforces the deadline afterwards, with no pipeline run.

const ACCOUNT = "123456789012";
const OBJECT = "arn:aws:s3:::acme-analytics/masked/orders/2026/file.csv";
const LOG_STREAM = `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:checkout:log-stream:web-1`;
const DECLARED_AT = new Date("2026-11-03T09:00:00Z");

/** A two-month engagement (2026-11-02 to 2026-12-31, UTC): first-week review due 2026-11-09, grace 3 days. */
function longEngagement(id: string, change: (draft: EngagementInput) => void = () => {}): EngagementInput {
  const draft: EngagementInput = {
    ...structuredClone(ENGAGEMENT_INPUT),
    id,
    window: { start: "2026-11-02", end: "2026-12-31" },
    lanes: { data: { datasets: ["masked-orders"] } },
    sharedSecrets: [],
    aws: { console: true },
  };
  change(draft);
  return draft;
}

let unreviewed: EngagementPolicies;
let reviewed: EngagementPolicies;
let revoked: EngagementPolicies;

beforeAll(async () => {
  const recorded = await declareUnderMocks(
    [
      { name: "unreviewed", engagement: longEngagement("unreviewed-2026-11") },
      {
        name: "reviewed",
        engagement: longEngagement("reviewed-2026-11", (e) => {
          e.reviews = [{ date: "2026-11-03", by: "priya@acme.example", decision: "keep" }];
        }),
      },
      {
        name: "revoked",
        engagement: longEngagement("revoked-2026-11", (e) => {
          e.lanes.production = {
            approvedBy: "cto@acme.example",
            approval: "SHOP-1430",
            window: { start: "2026-11-05T09:00:00Z", end: "2026-11-05T13:00:00Z" },
          };
          e.revoked = { at: "2026-11-05T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" };
        }),
      },
    ],
    { settings: SETTINGS_INPUT, now: DECLARED_AT },
  );
  unreviewed = engagementPolicies(recorded, "unreviewed");
  reviewed = engagementPolicies(recorded, "reviewed");
  revoked = engagementPolicies(recorded, "revoked");
});

function readObject(policies: EngagementPolicies, user: string, time: string): Promise<EvaluationResult> {
  const principal = `arn:aws:iam::${ACCOUNT}:user/contractors/contractor-${user}`;
  return simulate({
    principal,
    action: "s3:GetObject",
    resource: OBJECT,
    context: {
      "aws:CurrentTime": time,
      "aws:username": `contractor-${user}`,
      "aws:PrincipalArn": principal,
      "aws:MultiFactorAuthPresent": "true",
    },
    identityPolicies: policies.user,
    permissionBoundaries: [policies.boundary],
  });
}

describe("a missed first-week review suspends access at the end of its grace (2026-11-12 23:59:59Z)", () => {
  test.each<readonly [string, EvaluationResult, EvaluationResult]>([
    ["2026-11-09T00:00:00Z", "Allowed", "Allowed"],
    ["2026-11-12T23:59:59Z", "Allowed", "Allowed"],
    ["2026-11-13T00:00:00Z", "ExplicitlyDenied", "Allowed"],
    ["2026-12-03T00:00:00Z", "ExplicitlyDenied", "Allowed"],
  ])("at %s: no review recorded → %s; reviewed on 2026-11-03 → %s", async (time, withoutReview, withReview) => {
    expect(await readObject(unreviewed, "unreviewed-2026-11", time)).toBe(withoutReview);
    expect(await readObject(reviewed, "reviewed-2026-11", time)).toBe(withReview);
  });

  test("the recorded review only moves the deadline: the next one is due 30 days after it, plus grace", async () => {
    expect(await readObject(reviewed, "reviewed-2026-11", "2026-12-06T23:59:59Z")).toBe("Allowed");
    expect(await readObject(reviewed, "reviewed-2026-11", "2026-12-07T00:00:00Z")).toBe("ExplicitlyDenied");
  });

  test("every policy of the user carries the same deadline, the boundary included", () => {
    const deadlines = [...unreviewed.user, unreviewed.boundary].map(
      (policy) =>
        policy.Statement.find((statement) => statement.Sid === "EngagementDenyAfterEnd")?.Condition?.DateGreaterThan,
    );
    expect(deadlines).toStrictEqual(
      Array.from({ length: deadlines.length }, () => ({ "aws:CurrentTime": "2026-11-12T23:59:59Z" })),
    );
  });
});

describe("revocation ends access at revoked.at (2026-11-05T10:30:00Z), sessions issued before it included", () => {
  const session = (time: string): RequestContext => ({
    "aws:CurrentTime": time,
    "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:role/contractors/contractor-revoked-2026-11-production`,
    "aws:MultiFactorAuthPresent": "true",
  });
  const sessionReads = (time: string) =>
    simulate({
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/contractor-revoked-2026-11-production/dana`,
      action: "logs:GetLogEvents",
      resource: LOG_STREAM,
      context: session(time),
      identityPolicies: revoked.role ? [revoked.role] : [],
      permissionBoundaries: revoked.roleBoundary ? [revoked.roleBoundary] : [],
    });

  test.each<readonly [string, EvaluationResult]>([
    ["2026-11-05T10:29:59Z", "Allowed"],
    ["2026-11-05T10:30:00Z", "Allowed"],
    ["2026-11-05T10:30:01Z", "ExplicitlyDenied"],
  ])("the user at %s: %s", async (time, expected) => {
    expect(await readObject(revoked, "revoked-2026-11", time)).toBe(expected);
  });

  test.each<readonly [string, EvaluationResult]>([
    ["2026-11-05T10:29:59Z", "Allowed"],
    ["2026-11-05T10:30:01Z", "ExplicitlyDenied"],
    // Its approved production window ran to 13:00; the revocation cuts it short.
    ["2026-11-05T12:00:00Z", "ExplicitlyDenied"],
  ])("a production session issued before it, at %s: %s", async (time, expected) => {
    expect(await sessionReads(time)).toBe(expected);
  });

  // Each of the role's two policies ends the session on its own, so that losing one (a boundary detached by hand) keeps the other.
  test.each([
    [
      "its permission policy",
      () => ({ identityPolicies: revoked.role ? [revoked.role] : [], permissionBoundaries: [] }),
    ],
    [
      "its permissions boundary",
      () => ({
        identityPolicies: [
          { Version: "2012-10-17", Statement: [{ Effect: "Allow" as const, Action: "*", Resource: "*" }] },
        ],
        permissionBoundaries: revoked.roleBoundary ? [revoked.roleBoundary] : [],
      }),
    ],
  ])("%s alone denies the session 1 s after revoked.at", async (_what, policies) => {
    const at = (time: string) =>
      simulate({
        principal: `arn:aws:sts::${ACCOUNT}:assumed-role/contractor-revoked-2026-11-production/dana`,
        action: "logs:GetLogEvents",
        resource: LOG_STREAM,
        context: session(time),
        ...policies(),
      });
    expect(await at("2026-11-05T10:30:01Z")).toBe("ExplicitlyDenied");
    expect(await at("2026-11-05T10:29:59Z")).toBe("Allowed");
  });

  test("no new production session starts after it: the trust policy ends there too", () => {
    const trust = revoked.trust?.Statement[0]?.Condition;
    expect(trust?.DateLessThanEquals).toStrictEqual({ "aws:CurrentTime": "2026-11-05T10:30:00Z" });
  });
});
