import * as ts from "typescript";
import { describe, expect, test } from "vitest";
import { engagementCodeProblems } from "./engagementCodeProblems";

const TAIL = "an engagement file is data: inline the value, or write the engagement in YAML";
const IMPORT_ONLY = "an engagement file may import only contractor-access or contractor-access/contract";
const problems = (text: string, file = "e.ts") => engagementCodeProblems(ts, file, text);
const HEADER = 'import { defineEngagement } from "contractor-access";\n';

describe("engagementCodeProblems: an engagement written as code is plain data", () => {
  test.each([
    [
      "defineEngagement with literals",
      `${HEADER}export default defineEngagement({ id: "a", n: 1, ok: true, x: null, l: ["a"] });`,
    ],
    [
      "consts, spreads, templates and +",
      `${HEADER}const base = { ticket: "T-1" } as const;\nconst id = "a";\nexport default defineEngagement({ ...base, id, task: \`Fix \${id}\` + "!", n: -1 } satisfies object);`,
    ],
    [
      "types and a namespace import",
      `import * as ca from "contractor-access";\ntype X = { a: string };\ninterface Y { b: number }\nexport default ca.defineEngagement({ id: "a" });`,
    ],
    [
      "the contract subpath",
      `import { CONTRACTOR_IAM_PATH } from "contractor-access/contract";\nexport default { path: CONTRACTOR_IAM_PATH };`,
    ],
    ["plain JavaScript", `module_placeholder`.replace("module_placeholder", 'export default { id: "a" };')],
  ])("Compliance: %s", (_name, text) => {
    expect(problems(text)).toEqual([]);
  });

  test.each([
    ['import shared from "./shared";', `line 1: imports "./shared"; ${IMPORT_ONLY}; ${TAIL}`],
    ['import { readFileSync } from "node:fs";', `line 1: imports "node:fs"; ${IMPORT_ONLY}; ${TAIL}`],
    ['import "contractor-access/testing";', `line 1: imports "contractor-access/testing"; ${IMPORT_ONLY}; ${TAIL}`],
    ['export { x } from "./other";', `line 1: imports "./other"; ${IMPORT_ONLY}; ${TAIL}`],
    ['import fs = require("fs");', `line 1: uses \`import = require()\`, which loads other modules; ${TAIL}`],
    ['export default { id: require("./id") };', `line 1: uses \`require\`, which loads other modules; ${TAIL}`],
    [
      "export default { id: process.env.ID };",
      `line 1: uses \`process\`, which reads the environment or the process; ${TAIL}`,
    ],
    [
      "export default { id: globalThis.process.env.ID };",
      `line 1: uses \`globalThis\`, which reaches every global, the environment included; ${TAIL}`,
    ],
    [
      "export default { id: import.meta.dirname };",
      `line 1: reads \`import.meta\`, which names files on disk; ${TAIL}`,
    ],
    [
      'export default { id: Deno.env.get("ID") };',
      `line 1: uses \`Deno\`, which reads the environment or the file system; ${TAIL}`,
    ],
    [
      "export default { id: Bun.env.ID };",
      `line 1: uses \`Bun\`, which reads the environment or the file system; ${TAIL}`,
    ],
    ['export default { id: fetch("https://x.example") };', `line 1: uses \`fetch\`, which reads the network; ${TAIL}`],
    ['export default { id: eval("1") };', `line 1: uses \`eval\`, which runs code the review cannot see; ${TAIL}`],
    ["export default { id: [].constructor };", `line 1: reads \`.constructor\`; ${TAIL}`],
    ["export default { id: (() => 1)() };", `line 1: uses an arrow function, which is not data; ${TAIL}`],
    [
      'const f = "a";\nexport default { id: f() };',
      `line 2: calls something it did not import from contractor-access; ${TAIL}`,
    ],
    ['export default { ["i" + "d"]: 1 };', `line 1: uses a computed property name; ${TAIL}`],
    ['const id = "a";\nexport default { id: id || "b" };', `line 2: uses the operator \`||\`; ${TAIL}`],
  ])("Noncompliance: %s", (text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  test("a dynamic import is named, inside whatever wraps it", () => {
    expect(problems('export default await import("./other");')).toEqual([
      `line 1: uses an await expression, which is not data; ${TAIL}`,
      `line 1: uses a dynamic \`import()\`, which loads other modules; ${TAIL}`,
    ]);
  });

  test("a constructor call is refused, and so is the global it names", () => {
    expect(problems("export default { id: new Date() };")).toEqual([
      `line 1: uses a new expression, which is not data; ${TAIL}`,
      `line 1: uses \`Date\`, which it does not declare; ${TAIL}`,
    ]);
  });

  test("every problem of a file comes back at once, each with its line", () => {
    expect(problems('import a from "./a";\nexport default { id: process.env.ID, x: fetch("u") };')).toEqual([
      `line 1: imports "./a"; ${IMPORT_ONLY}; ${TAIL}`,
      `line 2: uses \`process\`, which reads the environment or the process; ${TAIL}`,
      `line 2: uses \`fetch\`, which reads the network; ${TAIL}`,
    ]);
  });
});
