import { calendarDate } from "../dates/calendarDate";
import { cutToLength } from "../limits/acceptableText";
import { GITHUB_TEAM_DESCRIPTION_MAX } from "../limits/githubTeam";
import type { AccessPlan } from "./accessPlan";

/**
 * The engagement team's description: task, ticket and end date, in full
 * Unicode (GitHub keeps the text as written), cut to the team description
 * limit without splitting a character.
 *
 * @example
 * githubTeamDescription(plan);
 * // "Fix the payment step that fails on some mobile devices (ticket SHOP-1423; ends 2026-11-28; managed by contractor-access)"
 */
export function githubTeamDescription(plan: AccessPlan): string {
  const { engagement } = plan;
  const ends = calendarDate(plan.window.end, plan.timeZone);
  return cutToLength(
    `${engagement.task} (ticket ${engagement.ticket}; ends ${ends}; managed by contractor-access)`,
    GITHUB_TEAM_DESCRIPTION_MAX,
  );
}
