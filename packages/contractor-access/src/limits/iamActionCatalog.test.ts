import { describe, expect, test } from "vitest";
import { expandIamActionPattern } from "./iamActionCatalog";

describe("expandIamActionPattern: the real actions a pattern covers, with their access levels", () => {
  test.each([
    ["logs:GetLogEvents", [{ action: "logs:GetLogEvents", accessLevel: "Read" }]],
    ["ecs:listservices", [{ action: "ecs:ListServices", accessLevel: "List" }]],
    ["logs:NoSuchAction", []],
    ["nosuchservice:Get*", []],
    ["../etc:passwd", []],
  ])("%s", (pattern, expected) => {
    expect(expandIamActionPattern(pattern)).toStrictEqual(expected);
  });

  test("a wildcard expands to every matching action", () => {
    const actions = expandIamActionPattern("secretsmanager:Get*").map(({ action }) => action);
    expect(actions).toContain("secretsmanager:GetSecretValue");
    expect(actions.every((action) => action.startsWith("secretsmanager:Get"))).toBe(true);
  });
});
