import { describe, expect, test } from "vitest";
import { IDENTITY_CENTER_SETTINGS_INPUT, SETTINGS_INPUT, settingsWith, validatedWith } from "../testing/fixtures";
import type { ValidatedEngagement } from "../validation/validatedEngagement";
import { buildReport } from "./buildReport";

const ENDED = new Date("2026-11-29T00:00:00Z");
const checkoutFix: ValidatedEngagement = validatedWith("checkout-fix-2026-11");

const sourced = validatedWith;

function checklistOf(engagements: ValidatedEngagement[], settings = settingsWith(), now = ENDED) {
  const [checklist] = buildReport({ settings, engagements, now, withinDays: 7 }).offboarding;
  if (!checklist) throw new Error("expected an offboarding checklist");
  return checklist;
}

describe("offboarding checklist of the ended fixture engagement", () => {
  test("the record, what was revoked, the secret that rotates and what to archive", () => {
    expect(checklistOf([checkoutFix])).toStrictEqual({
      id: "checkout-fix-2026-11",
      endedAt: "2026-11-28T23:59:59.999Z",
      endedBecause: "window",
      endReason: "window ended",
      record: {
        file: "stacks/engagements/checkout-fix-2026-11.yaml",
        task: "Fix the payment step that fails on some mobile devices",
        ticket: "SHOP-1423",
        owner: { name: "Priya Raman", email: "priya@acme.example" },
        contractor: { name: "Dana Kim", email: "dana@freelance.example", github: "dana-codes" },
        approvals: [
          {
            lane: "production",
            approvedBy: "cto@acme.example",
            approval: "SHOP-1430",
            reason: "Read checkout logs while the fix rolls out",
          },
        ],
        window: { start: "2026-11-24T00:00:00.000Z", end: "2026-11-28T23:59:59.999Z" },
      },
      revoked: [
        "IAM user contractor-checkout-fix-2026-11 (console login, access keys, MFA devices) deleted",
        "GitHub team contractor-checkout-fix-2026-11 and its repository grants (storefront: push) removed",
        "organization membership of dana-codes in acme removed, with any pending invitation",
        "production role contractor-checkout-fix-2026-11-production deleted",
        "read access to masked-orders (s3://acme-analytics/masked/orders/) revoked",
      ],
      secretsToRotate: [
        {
          name: "stripe-test-key",
          arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf",
          rotation: "generated",
          action:
            "rotated automatically by the stack (new Secrets Manager version); after pulumi destroy, or once removed from the catalog, the last value stays AWSCURRENT: rotate it by hand",
        },
      ],
      archive: [
        "Keep stacks/engagements/checkout-fix-2026-11.yaml in the repository as the record",
        "Archive the CloudTrail events of IAM user contractor-checkout-fix-2026-11 and role contractor-checkout-fix-2026-11-production from 2026-11-24T00:00:00Z to 2026-11-28T23:59:59Z (CloudTrail's event history keeps only 90 days)",
        "Close ticket SHOP-1423 with a link to this report",
      ],
    });
  });

  test("a code-only engagement without console or keys: only what existed is listed", () => {
    const codeOnly = sourced("docs-fix-2026-11", (e) => {
      e.lanes = { code: { repositories: [{ name: "docs" }, { name: "storefront", permission: "triage" }] } };
      e.aws = { console: false, accessKeys: false };
      e.sharedSecrets = [];
    });
    const checklist = checklistOf([codeOnly]);
    expect(checklist.revoked).toStrictEqual([
      "IAM user contractor-docs-fix-2026-11 (MFA devices) deleted",
      "GitHub team contractor-docs-fix-2026-11 and its repository grants (docs: pull, storefront: triage) removed",
      "organization membership of dana-codes in acme removed, with any pending invitation",
    ]);
    expect(checklist.secretsToRotate).toStrictEqual([]);
    expect(checklist.archive[1]).toBe(
      "Archive the CloudTrail events of IAM user contractor-docs-fix-2026-11 from 2026-11-24T00:00:00Z to 2026-11-28T23:59:59Z (CloudTrail's event history keeps only 90 days)",
    );
  });

  test("a live dataset's approval is part of the record", () => {
    const live = sourced("orders-analysis-2026-11", (e) => {
      e.lanes = { data: { datasets: ["live-orders"], approvedBy: "dpo@acme.example", approval: "SEC-88" } };
    });
    expect(checklistOf([live]).record.approvals).toStrictEqual([
      { lane: "data", approvedBy: "dpo@acme.example", approval: "SEC-88" },
    ]);
  });
});

describe("offboarding checklist: shared secrets", () => {
  const ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:";
  const settings = settingsWith({
    sharedSecrets: {
      ...SETTINGS_INPUT.sharedSecrets,
      "partner-api-key": {
        arn: `${ARN}partner-api-key-Xy12Zw`,
        rotation: "manual",
        description: "ask the partner's support desk for a new key and store it as a new version",
      },
      "legacy-token": { arn: `${ARN}legacy-token-Qr34St`, rotation: "manual" },
    },
  });

  test("a generated secret rotates by itself, a manual one asks a person", () => {
    const engagement = sourced(
      "partner-sync-2026-11",
      (e) => {
        e.sharedSecrets = ["stripe-test-key", "partner-api-key", "legacy-token"];
      },
      settings,
    );
    expect(checklistOf([engagement], settings).secretsToRotate.map(({ name, action }) => [name, action])).toEqual([
      [
        "stripe-test-key",
        "rotated automatically by the stack (new Secrets Manager version); after pulumi destroy, or once removed from the catalog, the last value stays AWSCURRENT: rotate it by hand",
      ],
      ["partner-api-key", "rotate by hand: ask the partner's support desk for a new key and store it as a new version"],
      ["legacy-token", `rotate by hand at its source, then store the new value in ${ARN}legacy-token-Qr34St`],
    ]);
  });
});

describe("offboarding checklist: organization membership is per person", () => {
  const concurrent = (start: string) =>
    sourced("payments-2026-12", (e) => {
      // Same person, username in another case: GitHub usernames ignore case.
      e.contractor.github = "Dana-Codes";
      e.window = { start, end: "2026-12-20" };
      e.lanes = { code: { repositories: [{ name: "payments" }] } };
    });

  test("another active engagement of the same GitHub user keeps the membership, and is named", () => {
    expect(checklistOf([checkoutFix, concurrent("2026-11-20")]).revoked[2]).toBe(
      "organization membership of dana-codes in acme kept: still needed by payments-2026-12",
    );
  });

  test.each([
    [0, "organization membership of dana-codes in acme removed, with any pending invitation"],
    [3, "organization membership of dana-codes in acme removed, with any pending invitation"],
  ])(
    "an upcoming one never keeps it, since GitHub access waits for the start (upcomingLeadDays %i)",
    (upcomingLeadDays, expected) => {
      const settings = settingsWith({ upcomingLeadDays });
      expect(checklistOf([checkoutFix, concurrent("2026-12-01")], settings).revoked[2]).toBe(expected);
    },
  );
});

describe("offboarding checklist under Identity Center", () => {
  const settings = settingsWith(IDENTITY_CENTER_SETTINGS_INPUT);
  const portal = (id: string, change: Parameters<typeof validatedWith>[1] = () => {}) =>
    validatedWith(
      id,
      (e) => {
        e.aws = { console: true };
        change(e);
      },
      settings,
    );

  test("the permission sets and their assignment removed, the user deleted, the sessions' roles to archive", () => {
    const checklist = checklistOf([portal("checkout-fix-2026-11")], settings);
    expect(checklist.revoked.slice(0, 3)).toStrictEqual([
      "Identity Center permission set contractor-checkout-fix-2026-11 and its assignment to dana@freelance.example removed",
      "production permission set contractor-checkout.1d3cf9.prod removed (it exists only inside its window)",
      "Identity Store user dana@freelance.example deleted",
    ]);
    expect(checklist.revoked).not.toContain("production role contractor-checkout-fix-2026-11-production deleted");
    expect(checklist.archive[1]).toBe(
      "Archive the CloudTrail events of sessions of dana@freelance.example in the roles AWSReservedSSO_contractor-checkout-fix-2026-11_* and AWSReservedSSO_contractor-checkout.1d3cf9.prod_* from 2026-11-24T00:00:00Z to 2026-11-28T23:59:59Z (CloudTrail's event history keeps only 90 days)",
    );
  });

  test("the person's user is kept while another engagement needs it, and an adopted user is never deleted", () => {
    const later = portal("payments-2026-12", (e) => {
      e.window = { start: "2026-11-26", end: "2026-12-10" };
      e.lanes = { data: e.lanes.data };
    });
    expect(checklistOf([portal("checkout-fix-2026-11"), later], settings).revoked[2]).toBe(
      "Identity Store user dana@freelance.example kept: still needed by payments-2026-12",
    );
    // An upcoming engagement provisioned ahead keeps the user too, as the stack keeps it (GitHub waits; AWS does not).
    const ahead = portal("payments-2026-12", (e) => {
      e.window = { start: "2026-11-30", end: "2026-12-10" };
      e.lanes = { data: e.lanes.data };
    });
    const withLead = settingsWith({ ...IDENTITY_CENTER_SETTINGS_INPUT, upcomingLeadDays: 2 });
    expect(checklistOf([portal("checkout-fix-2026-11"), ahead], withLead).revoked[2]).toBe(
      "Identity Store user dana@freelance.example kept: still needed by payments-2026-12",
    );
    const adopted = portal("checkout-fix-2026-11", (e) => {
      e.contractor.identityCenterUserId = "9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678";
    });
    expect(checklistOf([adopted], settings).revoked[2]).toBe(
      "Identity Store user 9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678 (dana@freelance.example) kept: it is synced from your directory",
    );
  });
});
