import { describe, expect, test } from "vitest";
import type { RepositoryPermission } from "../engagement/engagementTypes";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { repositoryPermissionAtMostPush } from "./repositoryPermissionAtMostPush";

const withPermissions = (...permissions: (RepositoryPermission | undefined)[]) =>
  engagementWith((e) => {
    e.lanes.code = { repositories: permissions.map((permission, index) => ({ name: `repo-${index}`, permission })) };
  });

describe("repositoryPermissionAtMostPush: repository permissions are pull, triage or push", () => {
  test.each([undefined, "pull", "triage", "push"] as const)("Compliance: %s", (permission) => {
    expect(repositoryPermissionAtMostPush.check([withPermissions(permission)], settingsWith())).toEqual([]);
  });

  test("Noncompliance 1: admin on the second repository", () => {
    expect(repositoryPermissionAtMostPush.check([withPermissions("pull", "admin")], settingsWith())).toEqual([
      {
        rule: "repositoryPermissionAtMostPush",
        severity: "error",
        engagementIndex: 0,
        path: ["lanes", "code", "repositories", 1, "permission"],
        message:
          'repository repo-1 asks for permission "admin", which lets the contractor change repository settings and branch protections; use "pull" (read-only, the default), "triage" or "push"',
      },
    ]);
  });

  test("Noncompliance 2: maintain and admin each reported", () => {
    const findings = repositoryPermissionAtMostPush.check(
      [withPermissions("maintain", "push", "admin")],
      settingsWith(),
    );
    expect(findings.map((finding) => finding.path)).toEqual([
      ["lanes", "code", "repositories", 0, "permission"],
      ["lanes", "code", "repositories", 2, "permission"],
    ]);
  });
});
