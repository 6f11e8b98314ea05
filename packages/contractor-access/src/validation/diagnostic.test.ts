import { expect, test } from "vitest";
import { formatDiagnostic, formatFieldPath } from "./diagnostic";

test.each([
  [["lanes", "code", "repositories", 0, "permission"], "lanes.code.repositories[0].permission"],
  [["owner"], "owner"],
  [[], ""],
])("formatFieldPath(%j) is %s", (path, expected) => {
  expect(formatFieldPath(path)).toBe(expected);
});

test("errors read file: field: message, warnings are prefixed", () => {
  expect(
    formatDiagnostic({ file: "a.yaml", path: ["owner", "email"], severity: "error", message: "is required" }),
  ).toBe("a.yaml: owner.email: is required");
  expect(formatDiagnostic({ file: "a.yaml", path: [], severity: "warning", message: "look" })).toBe(
    "warning: a.yaml: look",
  );
});
