import { describe, expect, test } from "vitest";
import { githubAnnotation } from "./githubAnnotation";

describe("githubAnnotation", () => {
  test("an error on a field's line", () => {
    expect(
      githubAnnotation(
        { file: "x", path: ["lanes", "code", "repositories", 0, "permission"], severity: "error", message: "use pull" },
        "stacks/engagements/a.yaml",
        11,
      ),
    ).toBe("::error file=stacks/engagements/a.yaml,line=11::lanes.code.repositories[0].permission: use pull");
  });

  test("a warning about the whole file, without a line", () => {
    expect(
      githubAnnotation({ file: "x", path: [], severity: "warning", message: "is empty" }, "a.yaml", undefined),
    ).toBe("::warning file=a.yaml::is empty");
  });

  test("newlines and percent signs in the message, and : and , in the file, are escaped as GitHub requires", () => {
    expect(
      githubAnnotation(
        { file: "x", path: [], severity: "error", message: "100% wrong\r\nsee: docs, ok" },
        "a:b,c.yaml",
        1,
      ),
    ).toBe("::error file=a%3Ab%2Cc.yaml,line=1::100%25 wrong%0D%0Asee: docs, ok");
  });
});
