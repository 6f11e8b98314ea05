import { describe, expect, test } from "vitest";
import { validatedWith } from "../testing/fixtures";
import { expiryNotices } from "./expiryNotices";

// checkout-fix-2026-11: 2026-11-24 to 2026-11-28, UTC; the owner has a GitHub username.
const checkout = validatedWith("checkout-fix-2026-11", (e) => {
  e.owner.github = "priya-r";
  e.lanes = { code: { repositories: [{ name: "storefront", permission: "push" }] } };
  e.sharedSecrets = [];
  e.aws = { console: false, accessKeys: false };
});
// audit-2026-11: 2026-11-02 to 2026-12-31 with no review recorded: suspended after 2026-11-12.
const audit = validatedWith("audit-2026-11", (e) => {
  e.window = { start: "2026-11-02", end: "2026-12-31" };
  e.lanes = { data: { datasets: ["masked-orders"] } };
  e.sharedSecrets = [];
  e.aws = { console: true };
});

const at = (now: string, engagements = [checkout, audit]) =>
  expiryNotices({ engagements, now: new Date(now), noticeDays: 5 });

describe("expiryNotices: one issue per engagement whose access ends within noticeDays", () => {
  test("the body mentions the owner, says when access ends and explains renewal", () => {
    expect(at("2026-11-25T09:00:00Z", [checkout])).toStrictEqual([
      {
        id: "checkout-fix-2026-11",
        title: "Access for checkout-fix-2026-11 ends 2026-11-28 23:59 (UTC)",
        marker: "<!-- contractor-access:expiry-notice id=checkout-fix-2026-11 -->",
        body: `<!-- contractor-access:expiry-notice id=checkout-fix-2026-11 -->
<!-- contractor-access:notice:start -->
@priya-r: access for \`checkout-fix-2026-11\` (Dana Kim: Fix the payment step that fails on some mobile devices; SHOP-1423) ends **2026-11-28 23:59 (UTC)**, 2026-11-28T23:59:59Z, in 4 days.

What ends then:
- code: storefront (push) for GitHub user dana-codes

**To renew**, open a pull request that extends \`window.end\` in \`stacks/engagements/checkout-fix-2026-11.yaml\`. It is reviewed like the first request, and the review shows it as "extended". Renew only for the same task; a new need is a new engagement.

**To end it sooner**, run \`contractor-access revoke checkout-fix-2026-11 --by <your email> --reason "<why>"\` and merge the pull request.

This issue closes itself when access ends, is revoked, or is extended beyond 5 days from now. Write below: only the text between these markers is rewritten.
<!-- contractor-access:notice:end -->`,
      },
    ]);
  });

  test("a review still owed: the owner is named without a username, and told what keeps access", () => {
    const [notice] = at("2026-11-10T00:00:00Z", [audit]);
    expect(notice?.title).toBe("Access for audit-2026-11 is suspended after 2026-11-12 23:59 (UTC)");
    expect(notice?.body.split("\n")[2]).toBe(
      "Priya Raman <priya@acme.example> (set owner.github in the file to be mentioned): access for `audit-2026-11` (Dana Kim: Fix the payment step that fails on some mobile devices; SHOP-1423) is suspended after **2026-11-12 23:59 (UTC)**, 2026-11-12T23:59:59Z, in 3 days, unless its first-week review (due 2026-11-09) is recorded: add `reviews: [{ date, by, decision }]` to the file in a pull request.",
    );
  });

  test.each([
    ["5 days and a millisecond before the suspension: not yet", "2026-11-07T23:59:59.998Z", []],
    ["exactly 5 days before it", "2026-11-07T23:59:59.999Z", ["audit-2026-11"]],
    ["5 days before the end, less a millisecond: not yet", "2026-11-23T23:59:59.998Z", []],
    ["exactly 5 days before the end, while still upcoming", "2026-11-23T23:59:59.999Z", ["checkout-fix-2026-11"]],
    ["from the start; the suspended one has none", "2026-11-24T00:00:00Z", ["checkout-fix-2026-11"]],
    ["after the end: closed", "2026-11-29T00:00:00Z", []],
  ])("%s (%s): %j", (_what, now, ids) => {
    expect(at(now).map(({ id }) => id)).toStrictEqual(ids);
  });

  test("extended past the notice period, or revoked: no notice, so the workflow closes the issue", () => {
    const extended = validatedWith("checkout-fix-2026-11", (e) => {
      e.window = { start: "2026-11-24", end: "2026-12-05" };
    });
    const revoked = validatedWith("checkout-fix-2026-11", (e) => {
      e.revoked = { at: "2026-11-25T08:00:00Z", by: "priya@acme.example", reason: "Done early" };
    });
    expect(at("2026-11-25T09:00:00Z", [extended])).toStrictEqual([]);
    expect(at("2026-11-25T09:00:00Z", [revoked])).toStrictEqual([]);
  });
});
