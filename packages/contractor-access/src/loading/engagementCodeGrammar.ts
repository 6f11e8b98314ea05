import type * as TypeScript from "typescript";

// The data grammar of an engagement written as code: what engagementCodeProblems names and accepts.

/** Globals that reach outside the file, with what each would let a file do. */
export const OUTSIDE_WORLD: Readonly<Record<string, string>> = {
  process: "reads the environment or the process",
  require: "loads other modules",
  module: "loads other modules",
  exports: "reaches the module system",
  arguments: "reaches the module wrapper's require",
  __dirname: "reads the file system",
  __filename: "reads the file system",
  globalThis: "reaches every global, the environment included",
  global: "reaches every global, the environment included",
  window: "reaches every global",
  self: "reaches every global",
  Deno: "reads the environment or the file system",
  Bun: "reads the environment or the file system",
  fetch: "reads the network",
  eval: "runs code the review cannot see",
  Function: "runs code the review cannot see",
};

/** Property names that lead from any value to the Function constructor or prototypes. */
export const FORBIDDEN_PROPERTIES = new Set(["constructor", "__proto__", "prototype", "call", "apply", "bind"]);

/** Syntax whose children are checked in turn: literals, containers, modifiers. */
export function isDataSyntax(ts: typeof TypeScript, node: TypeScript.Node): boolean {
  const kind = ts.SyntaxKind;
  return [
    kind.ExportAssignment,
    kind.ExpressionStatement, // only for a "use strict"-style string: its expression is still checked
    kind.ObjectLiteralExpression,
    kind.ArrayLiteralExpression,
    kind.SpreadAssignment,
    kind.SpreadElement,
    kind.StringLiteral,
    kind.NumericLiteral,
    kind.NoSubstitutionTemplateLiteral,
    kind.TemplateExpression,
    kind.TemplateHead,
    kind.TemplateSpan,
    kind.TemplateMiddle,
    kind.TemplateTail,
    kind.TrueKeyword,
    kind.FalseKeyword,
    kind.NullKeyword,
    kind.PrefixUnaryExpression,
    kind.ParenthesizedExpression,
    kind.NonNullExpression,
    kind.BinaryExpression,
    kind.PlusToken,
    kind.ExportKeyword,
    kind.EndOfFileToken,
  ].includes(node.kind);
}

/** A syntax kind in words for a refusal: "ArrowFunction" becomes "an arrow function, which is not data". */
export function describeSyntax(ts: typeof TypeScript, node: TypeScript.Node): string {
  const name = ts.SyntaxKind[node.kind] ?? "syntax";
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}, which is not data`;
}
