import type { z } from "zod";

// zod's public types do not expose a schema's structure generically; its
// definition objects (`_zod.def`) do, and are stable across zod 4.
interface Definition {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly in?: z.ZodType;
}

function definition(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  const def = definition(schema);
  const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
  return inner ? unwrap(inner) : schema;
}

/**
 * The field names an object schema allows at `path`, so an error about an
 * unknown field can say what would have been accepted. Returns an empty list
 * when `path` does not lead to an object.
 *
 * @example
 * schemaFieldsAt(engagementSchema, ["owner"]); // ["name", "email"]
 */
export function schemaFieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return [];
    const def = definition(current);
    const next: z.ZodType | undefined =
      def.type === "object"
        ? def.shape?.[String(key)]
        : def.type === "array"
          ? def.element
          : def.type === "record"
            ? def.valueType
            : undefined;
    current = next ? unwrap(next) : undefined;
  }
  const shape = current ? definition(current).shape : undefined;
  return shape ? Object.keys(shape) : [];
}
