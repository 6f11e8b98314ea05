import { describe, expect, test } from "vitest";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import { settingsWith, validatedWith } from "../testing/fixtures";
import { buildReport } from "./buildReport";
import { renderReportMarkdown } from "./renderReportMarkdown";

const checkoutFix = validatedWith("checkout-fix-2026-11");
// The same contractor on a second task, still active: it keeps the GitHub membership.
const paymentsIn = (settings: StackSettings) =>
  validatedWith(
    "payments-2026-12",
    (e) => {
      e.task = "Add Apple Pay to the payment step";
      e.ticket = "SHOP-1502";
      e.contractor.company = "Kim Consulting";
      e.window = { start: "2026-11-25", end: "2026-12-03" };
      e.lanes = { code: { repositories: [{ name: "payments" }] } };
      e.aws = { console: false, accessKeys: false };
      e.sharedSecrets = [];
    },
    settings,
  );
const payments = paymentsIn(settingsWith());

describe("renderReportMarkdown", () => {
  test("one active and one ended engagement", () => {
    const report = buildReport({
      settings: settingsWith(),
      engagements: [checkoutFix, payments],
      now: new Date("2026-11-29T12:00:00Z"),
      withinDays: 7,
    });
    expect(renderReportMarkdown(report)).toBe(`# Contractor access report, 2026-11-29 12:00 (UTC)

1 active, 0 upcoming, 0 suspended, 0 revoked, 1 ended. 1 ending within 7 days, 1 review due.

## Ending within 7 days

- **payments-2026-12** ends 2026-12-03 23:59 (4 days left); owner priya@acme.example

## Reviews due

- **payments-2026-12**: first-week review due 2026-12-02 00:00; access is suspended after 2026-12-05 23:59 unless a review is recorded; owner priya@acme.example

## Active

### payments-2026-12

Add Apple Pay to the payment step (SHOP-1502)

- Owner: Priya Raman <priya@acme.example>
- Contractor: Dana Kim <dana@freelance.example>, Kim Consulting, GitHub dana-codes
- Window: 2026-11-25 to 2026-12-03, 4 days left
- Next review: 2026-12-02 00:00
- Lanes:
  - code: payments (pull) for GitHub user dana-codes
- File: \`stacks/engagements/payments-2026-12.yaml\`

## Upcoming

No upcoming engagements.

## Ended: offboarding checklists

### checkout-fix-2026-11

Access ended 2026-11-28 23:59: window ended. Fix the payment step that fails on some mobile devices (SHOP-1423)

- Owner: Priya Raman <priya@acme.example>
- Contractor: Dana Kim <dana@freelance.example>, GitHub dana-codes
- Window: 2026-11-24 to 2026-11-28
- Approval (production): cto@acme.example, SHOP-1430: Read checkout logs while the fix rolls out

**Revoked:**

- [ ] IAM user contractor-checkout-fix-2026-11 (console login, access keys, MFA devices) deleted
- [ ] GitHub team contractor-checkout-fix-2026-11 and its repository grants (storefront: push) removed
- [ ] organization membership of dana-codes in acme kept: still needed by payments-2026-12
- [ ] production role contractor-checkout-fix-2026-11-production deleted
- [ ] read access to masked-orders (s3://acme-analytics/masked/orders/) revoked

**Shared secrets to rotate:**

- [ ] stripe-test-key: rotated automatically by the stack (new Secrets Manager version); after pulumi destroy, or once removed from the catalog, the last value stays AWSCURRENT: rotate it by hand

**Archive:**

- [ ] Keep stacks/engagements/checkout-fix-2026-11.yaml in the repository as the record
- [ ] Archive the CloudTrail events of IAM user contractor-checkout-fix-2026-11 and role contractor-checkout-fix-2026-11-production from 2026-11-24T00:00:00Z to 2026-11-28T23:59:59Z (CloudTrail's event history keeps only 90 days)
- [ ] Close ticket SHOP-1423 with a link to this report
`);
  });

  test("every empty section says so in one line", () => {
    const report = buildReport({
      settings: settingsWith(),
      engagements: [],
      now: new Date("2026-11-29T12:00:00Z"),
      withinDays: 1,
    });
    expect(renderReportMarkdown(report)).toBe(`# Contractor access report, 2026-11-29 12:00 (UTC)

0 active, 0 upcoming, 0 suspended, 0 revoked, 0 ended. 0 ending within 1 day, 0 reviews due.

## Ending within 1 day

Nothing ends within 1 day.

## Reviews due

No reviews are due within 1 day.

## Active

No active engagements.

## Upcoming

No upcoming engagements.

## Ended: offboarding checklists

No ended engagements.
`);
  });

  test("an upcoming engagement, in the stack timezone, not yet provisioned", () => {
    const report = buildReport({
      settings: settingsWith({ timezone: "Europe/Berlin" }),
      engagements: [paymentsIn(settingsWith({ timezone: "Europe/Berlin" }))],
      now: new Date("2026-11-20T12:00:00Z"),
      withinDays: 7,
    });
    const markdown = renderReportMarkdown(report);
    expect(markdown.split("\n")[0]).toBe("# Contractor access report, 2026-11-20 13:00 (Europe/Berlin)");
    expect(markdown).toContain(`## Upcoming

### payments-2026-12

Add Apple Pay to the payment step (SHOP-1502)

- Owner: Priya Raman <priya@acme.example>
- Contractor: Dana Kim <dana@freelance.example>, Kim Consulting, GitHub dana-codes
- Window: 2026-11-25 to 2026-12-03, 13 days left
- Provisioned: when it starts
- Next review: 2026-12-02 00:00
- Lanes:
  - code: payments (pull) for GitHub user dana-codes
- File: \`stacks/engagements/payments-2026-12.yaml\`

## Ended: offboarding checklists`);
  });
});
