import { describe, expect, test } from "vitest";
import { yamlFieldLine } from "./yamlFieldLine";

const ENGAGEMENT = `# a comment on line 1
id: checkout-fix
owner:
  name: Priya
  email: priya@acme.example
window: { start: 2026-11-24, end: 2026-11-28 }
lanes:
  code:
    repositories:
      - name: storefront
        permission: push

      - name: docs
  data:
    datasets: [masked-orders, masked-ledger]
`;

const CONFIG = `config:
  aws:region: eu-west-1
  contractorAccess:githubOrg: acme
  contractorAccess:internalDomains:
    - acme.example
`;

describe("yamlFieldLine", () => {
  test.each([
    ["a top-level field", ["id"], 2],
    ["a nested field", ["owner", "email"], 5],
    ["a field in a flow mapping", ["window", "end"], 6],
    ["a list item", ["lanes", "code", "repositories", 1], 13],
    ["a field of a list item", ["lanes", "code", "repositories", 0, "permission"], 11],
    ["an item of a flow list", ["lanes", "data", "datasets", 1], 15],
    ["a missing field: its parent", ["owner", "company"], 3],
    ["a missing field deeper down: the nearest parent that exists", ["lanes", "production", "window", "end"], 7],
    ["an index past the end: the list", ["lanes", "code", "repositories", 5, "name"], 9],
    ["a key where a list is: the list", ["lanes", "code", "repositories", "name"], 9],
    ["a path under a scalar: the scalar's key", ["id", "x"], 2],
    ["a missing top-level field", ["ticket"], 1],
    ["the whole file", [], 1],
  ])("%s", (_name, path, line) => {
    expect(yamlFieldLine(ENGAGEMENT, path)).toBe(line);
  });

  test("namespaced config keys, as settings diagnostics name them under config:", () => {
    expect(yamlFieldLine(CONFIG, ["config", "contractorAccess:githubOrg"])).toBe(3);
    expect(yamlFieldLine(CONFIG, ["config", "contractorAccess:internalDomains", 0])).toBe(5);
    expect(yamlFieldLine(CONFIG, ["config", "contractorAccess"])).toBe(1);
  });

  test("JSON is read as the YAML it is", () => {
    expect(yamlFieldLine('{\n  "id": "a",\n  "owner": {\n    "email": "x"\n  }\n}\n', ["owner", "email"])).toBe(4);
  });

  test("the whole of an invalid file: the line of the first syntax error", () => {
    expect(yamlFieldLine("id: a\nid: b\n", [])).toBe(2);
    expect(yamlFieldLine("id: a\ntask: [unclosed\n", [])).toBe(3);
  });

  test("an empty file or a file that is not a mapping: line 1", () => {
    expect(yamlFieldLine("", ["id"])).toBe(1);
    expect(yamlFieldLine("- a\n- b\n", ["id"])).toBe(1);
  });
});
