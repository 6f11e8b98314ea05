// A freelance developer fixing a checkout bug: push to one repository and
// access keys for staging. No production and no data, because the task
// needs neither; a new need is a new engagement, not a wider one.
import * as github from "@pulumi/github";
import { ContractorEngagement, defineEngagement, resolveNow, type StackSettingsInput } from "contractor-access";

const settings: StackSettingsInput = {
  githubOrg: "acme",
  internalDomains: ["acme.example"],
  timezone: "Europe/Berlin",
  datasets: {
    "masked-orders": { classification: "masked", bucket: "acme-analytics-exports", prefix: "masked/orders/" },
  },
  sharedSecrets: {
    // Manual: the value comes from Stripe, so the report asks a person to rotate it when the engagement ends.
    "stripe-test-key": {
      arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:contractors/stripe-test-key-AbCdEf",
      rotation: "manual",
      description: "Stripe test-mode API key used by staging checkout",
    },
  },
};

const engagement = defineEngagement({
  id: "checkout-fix-2026-12",
  task: "Fix the payment step that fails on some mobile devices",
  ticket: "SHOP-1423",
  owner: { name: "Priya Raman", email: "priya@acme.example" },
  contractor: { name: "Dana Kim", email: "dana@freelance.example", github: "dana-codes" },
  window: { start: "2026-12-07", end: "2026-12-18" },
  lanes: { code: { repositories: [{ name: "storefront", permission: "push" }] } },
  aws: { accessKeys: true, keyRotationDays: 30 },
  sharedSecrets: ["stripe-test-key"],
});

// Organization membership belongs to the person, not to one engagement: the
// team membership depends on it, so destroy removes it last, which also
// cancels a pending invitation.
const membership = new github.Membership("github-member-dana-codes", { username: "dana-codes", role: "member" });

const checkoutFix = new ContractorEngagement(engagement.id, {
  engagement,
  settings,
  organizationMembership: membership,
  // The clock picks the access key's rotation period; CONTRACTOR_ACCESS_AT pins it for reviews and tests.
  now: resolveNow(process.env, () => new Date()),
});

export const userName = checkoutFix.user?.name;
export const teamSlug = checkoutFix.team?.slug;
/** Always a secret output: hand it over with `pulumi stack output credentials --show-secrets`. */
export const credentials = checkoutFix.credentials;
