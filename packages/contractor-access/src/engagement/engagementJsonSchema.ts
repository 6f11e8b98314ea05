import { z } from "zod";
import { engagementSchema } from "./engagementSchema";

/**
 * The JSON Schema of one engagement file as written (defaults still
 * optional), generated from the zod schema so the two cannot disagree. It is
 * what `schema/engagement.schema.json` ships for editors: YAML files point at
 * it with `# yaml-language-server: $schema=…`. Draft-07, because it is the
 * draft every YAML language server reads.
 *
 * The window boundaries' date checks are code (refinements) and are not in
 * the JSON Schema; `contractor-access validate` still runs them.
 *
 * @example
 * writeFileSync("engagement.schema.json", JSON.stringify(engagementJsonSchema(), null, 2));
 */
export function engagementJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(engagementSchema, { io: "input", target: "draft-07", unrepresentable: "any" });
  return {
    ...schema,
    title: "contractor-access engagement",
    description:
      "One contractor, one task, one owner, one ticket, a start and a hard end, and the lanes the task needs.",
  };
}
