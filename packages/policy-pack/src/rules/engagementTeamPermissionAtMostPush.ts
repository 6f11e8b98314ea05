import * as github from "@pulumi/github";
import type { StackValidationPolicy } from "@pulumi/policy";
import { hasContractorName } from "../contractorResources";
import { relatedResource } from "../relatedResource";

/** Repository permissions a contractor team may hold: GitHub's default `pull`, `triage` and `push`. */
export const PERMISSIONS_AT_MOST_PUSH: readonly string[] = ["pull", "triage", "push"];

/**
 * Compliant: no team repository grants a contractor-* team more than push.
 * A stack policy, because a grant alone shows only a team id: the team is
 * found through the grant's `teamId` dependency, and a grant whose team the
 * stack does not declare is refused above push, since nothing shows that it
 * is not a contractor team.
 */
export const engagementTeamPermissionAtMostPush: StackValidationPolicy = {
  name: "engagement-team-permission-at-most-push",
  description:
    "No GitHub team repository grant gives an engagement team (contractor-*), or a team the stack cannot resolve, more than push: maintain, admin and custom roles can change settings, secrets and branch protection.",
  enforcementLevel: "mandatory",
  validateStack: (args, reportViolation) => {
    for (const grant of args.resources.filter((resource) => resource.isType(github.TeamRepository))) {
      const permission = String(grant.props.permission ?? "pull");
      if (PERMISSIONS_AT_MOST_PUSH.includes(permission)) continue;
      const team = relatedResource(grant, "teamId", github.Team);
      if (team && !hasContractorName(team.props.name)) continue;
      const holder = team
        ? `engagement team "${String(team.props.name)}"`
        : "a team this stack does not declare, so it may be an engagement team";
      reportViolation(
        `Team repository "${grant.name}" grants "${permission}" on repository "${String(grant.props.repository)}" to ${holder}. Engagement teams get at most push (pull, triage or push); a wider need is a new, reviewed request.`,
        grant.urn,
      );
    }
  },
};
