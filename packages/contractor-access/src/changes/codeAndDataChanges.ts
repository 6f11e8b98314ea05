import type { AccessPlan, GrantedRepositoryPermission } from "../lanes/accessPlan";
import { type Change, matchByName } from "./changeParts";

const PERMISSION_RANK: Readonly<Record<GrantedRepositoryPermission, number>> = { pull: 0, triage: 1, push: 2 };

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
