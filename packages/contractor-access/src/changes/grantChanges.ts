import type { AccessPlan, GrantedRepositoryPermission } from "../lanes/accessPlan";
import type { AccessChange } from "./accessChange";

type Change = Omit<AccessChange, "engagement">;

const PERMISSION_RANK: Readonly<Record<GrantedRepositoryPermission, number>> = { pull: 0, triage: 1, push: 2 };

/**
 * Named grants on both sides, split into added, removed and kept (as
 * base/head pairs), each sorted by name so the output is deterministic.
 *
 * @example
 * matchByName([{ name: "a" }, { name: "b" }], [{ name: "b" }, { name: "c" }]);
 * // { added: [{ name: "c" }], removed: [{ name: "a" }], kept: [[{ name: "b" }, { name: "b" }]] }
 */
export function matchByName<T extends { readonly name: string }>(
  base: readonly T[],
  head: readonly T[],
): { added: T[]; removed: T[]; kept: [T, T][] } {
  const byName = (a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const baseNames = new Map(base.map((item) => [item.name, item]));
  const headNames = new Set(head.map((item) => item.name));
  return {
    added: head.filter((item) => !baseNames.has(item.name)).sort(byName),
    removed: base.filter((item) => !headNames.has(item.name)).sort(byName),
    kept: head
      .filter((item) => baseNames.has(item.name))
      .sort(byName)
      .map((item): [T, T] => [baseNames.get(item.name) as T, item]),
  };
}

/**
 * Repositories added or removed, and permissions raised (`widened`, along
 * pull < triage < push) or lowered (`narrowed`).
 *
 * @example
 * codeChanges(base, head); // [{ kind: "widened", lane: "code", message: "repository storefront: push instead of pull" }]
 */
export function codeChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const { added, removed, kept } = matchByName(base.code?.repositories ?? [], head.code?.repositories ?? []);
  const permissionChanges = kept
    .filter(([before, after]) => before.permission !== after.permission)
    .map(([before, after]): Change => {
      const kind = PERMISSION_RANK[after.permission] > PERMISSION_RANK[before.permission] ? "widened" : "narrowed";
      return {
        kind,
        lane: "code",
        message: `repository ${after.name}: ${after.permission} instead of ${before.permission}`,
      };
    });
  return [
    ...added.map(
      (repo): Change => ({
        kind: "added",
        lane: "code",
        message: `repository ${repo.name} added with ${repo.permission}`,
      }),
    ),
    ...removed.map((repo): Change => ({ kind: "removed", lane: "code", message: `repository ${repo.name} removed` })),
    ...permissionChanges,
  ];
}

/**
 * Datasets added or removed, naming their classification so that live data
 * stands out, and datasets whose catalog entry changed under the same name:
 * masked to live is `widened`, live to masked `narrowed`, a new location `changed`.
 *
 * @example
 * dataChanges(base, head); // [{ kind: "added", lane: "data", message: "live dataset live-orders added" }]
 */
export function dataChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const { added, removed, kept } = matchByName(base.data?.datasets ?? [], head.data?.datasets ?? []);
  const catalogChanges = kept.flatMap(([before, after]): Change[] => {
    const changes: Change[] = [];
    if (before.classification !== after.classification) {
      const kind = after.classification === "live" ? "widened" : "narrowed";
      const message = `dataset ${after.name} is ${after.classification} instead of ${before.classification}`;
      changes.push({ kind, lane: "data", message });
    }
    if (before.bucket !== after.bucket || before.prefix !== after.prefix) {
      const message = `dataset ${after.name} reads s3://${after.bucket}/${after.prefix} instead of s3://${before.bucket}/${before.prefix}`;
      changes.push({ kind: "changed", lane: "data", message });
    }
    return changes;
  });
  return [
    ...added.map(
      (set): Change => ({ kind: "added", lane: "data", message: `${set.classification} dataset ${set.name} added` }),
    ),
    ...removed.map(
      (set): Change => ({
        kind: "removed",
        lane: "data",
        message: `${set.classification} dataset ${set.name} removed`,
      }),
    ),
    ...catalogChanges,
  ];
}

/**
 * Shared secrets added or removed, and secrets whose catalog ARN changed.
 *
 * @example
 * sharedSecretChanges(base, head); // [{ kind: "added", lane: "sharedSecrets", message: "shared secret stripe-test-key added" }]
 */
export function sharedSecretChanges(base: AccessPlan, head: AccessPlan): Change[] {
  const lane = "sharedSecrets";
  const { added, removed, kept } = matchByName(base.sharedSecrets?.secrets ?? [], head.sharedSecrets?.secrets ?? []);
  return [
    ...added.map((secret): Change => ({ kind: "added", lane, message: `shared secret ${secret.name} added` })),
    ...removed.map((secret): Change => ({ kind: "removed", lane, message: `shared secret ${secret.name} removed` })),
    ...kept
      .filter(([before, after]) => before.arn !== after.arn)
      .map(
        ([before, after]): Change => ({
          kind: "changed",
          lane,
          message: `shared secret ${after.name} is ${after.arn} instead of ${before.arn}`,
        }),
      ),
  ];
}
