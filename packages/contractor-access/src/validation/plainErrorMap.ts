import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import { schemaFieldsAt } from "./schemaFields";

const NOUNS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping of fields",
  array: "a list",
  record: "a mapping of names to settings",
};

function describeValue(value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

function unknownField(key: string, allowed: readonly string[]): string {
  const suggestion = allowed.length > 0 ? closest(key, [...allowed]) : undefined;
  const didYouMean =
    suggestion !== undefined && distance(key, suggestion) <= Math.max(2, Math.floor(key.length / 3))
      ? ` (did you mean "${suggestion}"?)`
      : "";
  return `unknown field "${key}"${didYouMean}`;
}

/**
 * A zod error map that phrases problems in a platform engineer's words:
 * "is required", "must be true or false, not \"yes\"", "unknown field
 * \"ownr\" (did you mean \"owner\"?)". Messages written in a schema
 * itself take precedence over these.
 *
 * @param schema The schema being parsed, to suggest the field a typo meant.
 */
export function plainErrorMap(schema: z.ZodType): z.core.$ZodErrorMap {
  return (issue) => {
    switch (issue.code) {
      case "invalid_type":
        if (issue.input === undefined) return "is required";
        return `must be ${NOUNS[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
      case "invalid_value":
        return `must be one of ${issue.values.map((value) => String(value)).join(", ")}, not ${describeValue(issue.input)}`;
      case "unrecognized_keys": {
        const allowed = schemaFieldsAt(schema, issue.path ?? []);
        const fields = issue.keys.map((key) => unknownField(key, allowed)).join("; ");
        return `${fields}; allowed fields here: ${allowed.join(", ")}`;
      }
      case "too_small":
        if (issue.origin === "array") return `must list at least ${issue.minimum}`;
        if (issue.origin === "string")
          return Number(issue.minimum) <= 1 ? "must not be empty" : `must be at least ${issue.minimum} characters`;
        return `must be at least ${issue.minimum}`;
      case "too_big":
        if (issue.origin === "array") return `must list at most ${issue.maximum}`;
        if (issue.origin === "string") return `must be at most ${issue.maximum} characters`;
        return `must be at most ${issue.maximum}`;
      default:
        return undefined;
    }
  };
}
