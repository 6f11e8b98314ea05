import type { RepositoryPermission } from "../engagement/engagementTypes";
import { engagementRule, type Problem } from "./rule";

const REFUSED: readonly RepositoryPermission[] = ["maintain", "admin"];

/** Every repository permission is at most `push`: `pull` (the default), `triage` or `push`. */
export const repositoryPermissionAtMostPush = engagementRule(
  "repositoryPermissionAtMostPush",
  "Every repository permission is at most push: pull (the default), triage or push.",
  (engagement) =>
    (engagement.lanes.code?.repositories ?? []).flatMap(({ name, permission }, index): Problem[] =>
      REFUSED.includes(permission)
        ? [
            {
              path: ["lanes", "code", "repositories", index, "permission"],
              message: `repository ${name} asks for permission "${permission}", which lets the contractor change repository settings and branch protections; use "pull" (read-only, the default), "triage" or "push"`,
            },
          ]
        : [],
    ),
);
