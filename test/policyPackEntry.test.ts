import { execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { allPolicies, policiesWith } from "../packages/policy-pack/src/rules";

// `new PolicyPack()` starts a gRPC server and prints its port: only the pack's entry may construct it.
const pack = join(__dirname, "../packages/policy-pack");
const tsx = pathToFileURL(join(__dirname, "../node_modules/tsx/dist/loader.mjs")).href;

describe("the policy pack's modules", () => {
  test("importing the rules starts no server: a process that imports them exits by itself", () => {
    const output = execFileSync(
      process.execPath,
      ["--import", tsx, "-e", "console.log(require('./src/rules').allPolicies.length)"],
      { cwd: pack, encoding: "utf8", timeout: 30_000 },
    );
    expect(output.trim()).toBe("12");
  });

  test("the entry serves the pack: it prints the port the Pulumi CLI connects to", async () => {
    const server = spawn(process.execPath, ["--import", tsx, "index.ts"], {
      cwd: pack,
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let stderr = "";
        server.stderr.on("data", (chunk) => {
          stderr += chunk;
        });
        server.stdout.once("data", (chunk) => resolve(String(chunk).trim()));
        server.once("exit", (code) => reject(new Error(`the pack exited with ${code}: ${stderr}`)));
      });
      expect(firstLine).toMatch(/^\d+$/);
    } finally {
      server.kill();
    }
  });
});

describe("policiesWith: enforcement can be changed per rule", () => {
  test("every rule is mandatory by default, with a unique name and a description", () => {
    expect(allPolicies.map((policy) => policy.enforcementLevel)).toEqual(Array(12).fill("mandatory"));
    expect(new Set(allPolicies.map((policy) => policy.name)).size).toBe(12);
    expect(allPolicies.every((policy) => policy.description.length > 0)).toBe(true);
  });

  test("an override changes only the rule it names", () => {
    const levels = Object.fromEntries(
      policiesWith({ "access-keys-rotate-within-maximum": "advisory", "contractor-resources-tagged": "disabled" }).map(
        (policy) => [policy.name, policy.enforcementLevel],
      ),
    );
    expect(levels).toEqual({
      "contractor-user-has-permissions-boundary": "mandatory",
      "contractor-user-has-force-destroy": "mandatory",
      "contractor-policies-deny-outside-window": "mandatory",
      "contractor-policies-enforce-mfa": "mandatory",
      "engagement-team-permission-at-most-push": "mandatory",
      "contractor-resources-tagged": "disabled",
      "access-keys-rotate-within-maximum": "advisory",
      "contractor-resources-deletable": "mandatory",
      "contractor-permission-sets-deny-outside-window": "mandatory",
      "contractor-permission-set-sessions-within-maximum": "mandatory",
      "contractor-permission-set-has-permissions-boundary": "mandatory",
      "contractor-permission-set-assigned-to-one-person": "mandatory",
    });
    expect(allPolicies.map((policy) => policy.enforcementLevel)).toEqual(Array(12).fill("mandatory"));
  });

  test("an override for a rule the pack does not have is refused", () => {
    expect(() => policiesWith({ "access-keys-rotate": "advisory" } as never)).toThrow(
      new RangeError(
        'No rule named "access-keys-rotate"; the rules are: contractor-user-has-permissions-boundary, contractor-user-has-force-destroy, contractor-policies-deny-outside-window, contractor-policies-enforce-mfa, engagement-team-permission-at-most-push, contractor-resources-tagged, access-keys-rotate-within-maximum, contractor-resources-deletable, contractor-permission-sets-deny-outside-window, contractor-permission-set-sessions-within-maximum, contractor-permission-set-has-permissions-boundary, contractor-permission-set-assigned-to-one-person',
      ),
    );
  });
});
