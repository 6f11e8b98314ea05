import { formatWindow } from "../dates/formatWindow";
import { describePerson, laneLines } from "../describe/grantPhrases";
import type { AccessPlan } from "../lanes/accessPlan";
import { compareText } from "../text/compareText";
import type { AccessChange } from "./accessChange";
import { awsChanges, sharedSecretChanges } from "./awsAndSecretChanges";
import { codeChanges, dataChanges } from "./codeAndDataChanges";
import { identityChanges } from "./identityChanges";
import { productionChanges } from "./productionChanges";
import { accessEndChanges, recordChanges } from "./recordChanges";
import { engagementWindowChanges } from "./windowChanges";

type Change = Omit<AccessChange, "engagement">;

function byId(plans: readonly AccessPlan[], side: string): Map<string, AccessPlan> {
  const map = new Map<string, AccessPlan>();
  for (const plan of plans) {
    const { id } = plan.engagement;
    // Validation refuses duplicate ids; comparing one of two silently would hide a grant.
    if (map.has(id)) throw new RangeError(`the ${side} lists engagement "${id}" twice; validate the engagements first`);
    map.set(id, plan);
  }
  return map;
}

function added(plan: AccessPlan): Change {
  const who = describePerson(plan.engagement.contractor);
  const window = formatWindow(plan.window, plan.timeZone);
  const grants = laneLines(plan).join("; ") || "no lanes";
  return { kind: "added", lane: "engagement", message: `new engagement for ${who}: ${grants}; window ${window}` };
}

function removed(plan: AccessPlan): Change {
  const who = describePerson(plan.engagement.contractor);
  return {
    kind: "removed",
    lane: "engagement",
    message: `engagement removed from the repository: every grant to ${who} is revoked at the next pulumi up; an ended engagement should stay in the repository as the record of who had which access until when`,
  };
}

function changesBetween(base: AccessPlan, head: AccessPlan): Change[] {
  const records = recordChanges(base, head);
  return [
    ...identityChanges(base, head),
    ...records,
    ...engagementWindowChanges(base, head),
    ...accessEndChanges(base, head, records),
    ...codeChanges(base, head),
    ...dataChanges(base, head),
    ...productionChanges(base, head),
    ...awsChanges(base, head),
    ...sharedSecretChanges(base, head),
  ];
}

/**
 * Compares the access of two versions of a stack, engagement by engagement
 * (matched by id): what a pull request adds, removes, widens, narrows,
 * extends, shortens or otherwise changes. Pure and deterministic: changes
 * are ordered by engagement id, then by lane (engagement, window, code,
 * data, production, aws, sharedSecrets), then by name within a lane.
 *
 * @param base The plans of the version being changed, such as `main`.
 * @param head The plans of the proposed version.
 * @returns Every change, or `[]` when access is the same.
 * @throws {RangeError} when one side lists an engagement id twice, which
 *   validation refuses; validate both sides first.
 * @example
 * accessChanges(basePlans, headPlans);
 * // [{ engagement: "checkout-fix-2026-11", kind: "extended", lane: "window",
 * //    message: "window extended: ends 2026-12-05 instead of 2026-11-28 (+7 days)" }]
 */
export function accessChanges(base: readonly AccessPlan[], head: readonly AccessPlan[]): AccessChange[] {
  const [before, after] = [byId(base, "base"), byId(head, "head")];
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort(compareText);
  return ids.flatMap((engagement) => {
    const [old, current] = [before.get(engagement), after.get(engagement)];
    const changes = !old ? [added(current as AccessPlan)] : !current ? [removed(old)] : changesBetween(old, current);
    return changes.map((change) => ({ engagement, ...change }));
  });
}
