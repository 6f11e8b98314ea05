import { describe, expect, test } from "vitest";
import type { EngagementInput } from "../packages/contractor-access/src/engagement/engagementSchema";
import { ENGAGEMENT_INPUT, settingsWith } from "../packages/contractor-access/src/testing/fixtures";
import { declareStackAt } from "./support/declareStack";

// The whole stack at instants around the deadlines, as the sweep's `pulumi up` would run it.
// unreviewed: 2026-11-02 to 2026-12-31, UTC, no review: suspended after 2026-11-12 23:59:59.999Z.
// revoked: same window, revoked at 2026-11-05T10:30:00Z.
const long = (id: string, change: (draft: EngagementInput) => void = () => {}): EngagementInput => {
  const draft: EngagementInput = {
    ...structuredClone(ENGAGEMENT_INPUT),
    id,
    window: { start: "2026-11-02", end: "2026-12-31" },
    lanes: { code: { repositories: [{ name: "storefront", permission: "pull" }] } },
    sharedSecrets: [],
    aws: { console: true },
  };
  change(draft);
  return draft;
};
const unreviewed = long("unreviewed-2026-11");
const revoked = long("revoked-2026-11", (e) => {
  e.contractor = { name: "Ola Berg", email: "ola@agency.example", github: "ola-berg" };
  e.revoked = { at: "2026-11-05T10:30:00Z", by: "priya@acme.example", reason: "Laptop stolen" };
});

async function manifestAt(now: string) {
  const { stack, resources } = await declareStackAt([unreviewed, revoked], settingsWith(), now);
  return {
    manifest: stack.accessManifest.map((entry) => [entry.engagement, entry.status, entry.provisioned]),
    components: resources.ofType("contractor-access:index:ContractorEngagement").map((resource) => resource.name),
    members: resources.ofType("github:index/membership:Membership").map((resource) => resource.name),
  };
}

describe("the stack stops provisioning what a missed review or a revocation ended", () => {
  test("before either: both provisioned, both people organisation members", async () => {
    expect(await manifestAt("2026-11-05T10:30:00Z")).toStrictEqual({
      manifest: [
        ["unreviewed-2026-11", "active", true],
        ["revoked-2026-11", "active", true],
      ],
      components: ["unreviewed-2026-11", "revoked-2026-11"],
      members: ["github-member-dana-codes", "github-member-ola-berg"],
    });
  });

  test("after both: neither is declared, and the organisation memberships go too", async () => {
    expect(await manifestAt("2026-11-13T00:00:00Z")).toStrictEqual({
      manifest: [
        ["unreviewed-2026-11", "suspended", false],
        ["revoked-2026-11", "revoked", false],
      ],
      components: [],
      members: [],
    });
  });
});
