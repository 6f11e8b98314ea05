import { formatWindow } from "../dates/formatWindow";
import type { AccessPlan } from "../lanes/accessPlan";

/**
 * Describes each lane of a plan in one plain sentence, in the order code,
 * data, production: what an owner needs to judge whether the grant still
 * fits the task.
 *
 * @example
 * laneSummary(plan);
 * // ["code: storefront (push) for GitHub user dana-codes",
 * //  "data: masked-orders (masked, read-only)",
 * //  "production: read from 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z, approved by cto@acme.example (SHOP-1430)"]
 */
export function laneSummary(plan: AccessPlan): string[] {
  const { code, data, production } = plan;
  const lanes: string[] = [];
  if (code) {
    const repositories = code.repositories.map(({ name, permission }) => `${name} (${permission})`).join(", ");
    lanes.push(`code: ${repositories} for GitHub user ${code.githubUsername}`);
  }
  if (data) {
    const datasets = data.datasets.map(({ name, classification }) => `${name} (${classification}, read-only)`);
    lanes.push(`data: ${datasets.join(", ")}`);
  }
  if (production) {
    const window = formatWindow(production.window, plan.timeZone);
    lanes.push(
      `production: ${production.access} from ${window}, approved by ${production.approvedBy} (${production.approval})`,
    );
  }
  return lanes;
}
