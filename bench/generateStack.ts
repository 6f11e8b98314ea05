import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";

/** The lane mixes of a generated stack, with their share: most help needs one lane. */
const MIX: readonly { readonly lanes: readonly ("code" | "data" | "production")[]; readonly share: number }[] = [
  { lanes: ["code"], share: 40 },
  { lanes: ["data"], share: 20 },
  { lanes: ["production"], share: 10 },
  { lanes: ["code", "data"], share: 15 },
  { lanes: ["code", "production"], share: 10 },
  { lanes: ["code", "data", "production"], share: 5 },
];

function lanesFor(index: number): readonly string[] {
  let slot = index % 100;
  for (const { lanes, share } of MIX) {
    if (slot < share) return lanes;
    slot -= share;
  }
  return ["code"];
}

/** Options of {@link generateStack}. */
export interface GenerateStackOptions {
  /** How many of the engagements (the first ones) ended in October 2026, as the record files of past work do. @default 0 */
  readonly ended?: number;
}

/**
 * Writes a stack of `size` valid engagements (YAML files) and its Pulumi
 * config into `folder`, all active on 2026-12-10 except the first `ended`,
 * which ended in October. Every fifth contractor has two engagements, so
 * person-level organization memberships are shared.
 */
export function generateStack(
  folder: string,
  size: number,
  options: GenerateStackOptions = {},
): { engagements: string; config: string } {
  const engagements = join(folder, "engagements");
  mkdirSync(engagements, { recursive: true });
  const config = join(folder, "Pulumi.bench.yaml");
  writeFileSync(
    config,
    stringify({
      config: {
        "contractorAccess:githubOrg": "acme",
        "contractorAccess:internalDomains": ["acme.example"],
        "contractorAccess:datasets": {
          "masked-orders": { classification: "masked", bucket: "acme-analytics", prefix: "masked/orders/" },
          "masked-ledger": { classification: "masked", bucket: "acme-analytics", prefix: "masked/ledger/" },
        },
        "contractorAccess:sharedSecrets": {
          "staging-db": { arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:staging-db-AbCdEf" },
        },
      },
    }),
  );
  for (let index = 0; index < size; index++) {
    const person = index % 5 === 4 ? index - 1 : index;
    const lanes = lanesFor(index);
    const id = `bench-${String(index).padStart(5, "0")}`;
    const past = index < (options.ended ?? 0);
    const day = past ? "2026-10-10" : "2026-12-10";
    const engagement = {
      id,
      task: `Deliver work package ${index} of the platform migration`,
      ticket: `BENCH-${index}`,
      owner: { name: "Priya Raman", email: "priya@acme.example" },
      contractor: { name: `Contractor ${person}`, email: `c${person}@agency.example`, github: `contractor-${person}` },
      window: past ? { start: "2026-10-01", end: "2026-10-20" } : { start: "2026-12-01", end: "2026-12-31" },
      // Past work records its first-week review, as a well-kept record does; the active
      // ones have none yet, so they owe it and are suspended after its grace.
      ...(past ? { reviews: [{ date: "2026-10-05", by: "priya@acme.example", decision: "keep" }] } : {}),
      lanes: {
        ...(lanes.includes("code")
          ? { code: { repositories: [{ name: `service-${index % 7}`, permission: "push" }, { name: "docs" }] } }
          : {}),
        ...(lanes.includes("data") ? { data: { datasets: [index % 2 ? "masked-orders" : "masked-ledger"] } } : {}),
        ...(lanes.includes("production")
          ? {
              production: {
                approvedBy: "cto@acme.example",
                approval: `BENCH-A${index}`,
                window: { start: `${day}T09:00:00Z`, end: `${day}T13:00:00Z` },
              },
            }
          : {}),
      },
      aws: { console: index % 3 === 0, accessKeys: index % 3 !== 0 },
      sharedSecrets: index % 10 === 0 ? ["staging-db"] : [],
    };
    writeFileSync(join(engagements, `${id}.yaml`), stringify(engagement));
  }
  return { engagements, config };
}
