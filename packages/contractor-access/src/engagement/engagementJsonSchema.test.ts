import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { engagementJsonSchema } from "./engagementJsonSchema";

// The JSON Schema is committed (and shipped) rather than generated on install,
// so editors find it in a fresh clone; this test keeps it in step with zod.
const committed = join(__dirname, "../../schema/engagement.schema.json");

describe("engagementJsonSchema: the shipped JSON Schema is the zod schema's", () => {
  test("schema/engagement.schema.json is up to date (regenerate: pnpm --filter contractor-access schema)", () => {
    expect(JSON.parse(readFileSync(committed, "utf8"))).toStrictEqual(engagementJsonSchema());
  });

  // A user's copy points at node_modules/contractor-access/schema/… instead (see the README).
  const engagementsDir = join(__dirname, "../../../../stacks/engagements");
  test.each(readdirSync(engagementsDir).filter((file) => file.endsWith(".yaml")))(
    "stacks/engagements/%s points editors at the shipped schema on its first line",
    (file) => {
      const [first] = readFileSync(join(engagementsDir, file), "utf8").split("\n");
      expect(first).toBe(
        "# yaml-language-server: $schema=../../packages/contractor-access/schema/engagement.schema.json",
      );
    },
  );

  test("it refuses unknown fields and requires the four questions of a request", () => {
    const schema = engagementJsonSchema();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toStrictEqual(["id", "task", "ticket", "owner", "contractor", "window", "lanes"]);
  });

  test("fields with defaults are optional, and the permission is an enum", () => {
    const schema = engagementJsonSchema() as {
      properties: { lanes: { properties: { code: { properties: { repositories: { items: unknown } } } } } };
    };
    expect(schema.properties.lanes.properties.code.properties.repositories.items).toMatchObject({
      required: ["name"],
      properties: { permission: { enum: ["pull", "triage", "push", "maintain", "admin"], default: "pull" } },
    });
  });
});
