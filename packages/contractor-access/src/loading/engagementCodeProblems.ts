import type * as TypeScript from "typescript";
import { describeSyntax, FORBIDDEN_PROPERTIES, isDataSyntax, OUTSIDE_WORLD } from "./engagementCodeGrammar";

/**
 * The only modules an engagement file may import: the library's Pulumi-free
 * entry points, which the loader maps to `defineEngagement` and the contract.
 */
export const ENGAGEMENT_IMPORTS: readonly string[] = ["contractor-access", "contractor-access/contract"];

// Why, and what to do instead: the review must show exactly what `pulumi up` will grant.
const DATA_ONLY = "an engagement file is data: inline the value, or write the engagement in YAML";

/**
 * The problems of an engagement written as code, each a sentence naming the
 * line and the import or use and what to do instead; empty when the file is
 * plain data. The file is parsed, never run. What is allowed is a small data
 * grammar: imports from {@link ENGAGEMENT_IMPORTS}, `const` declarations,
 * types, `export default`, object, array, string, number and boolean
 * literals, templates, `+`, and calls to imported functions
 * (`defineEngagement`). Anything else (another import, `process.env`,
 * `import.meta`, functions, `new`, computed access) is refused, so a file
 * cannot grant one thing in the pull request's review and another in CI.
 *
 * @param ts The TypeScript compiler API, loaded only when a code file exists.
 * @example
 * engagementCodeProblems(ts, "a.ts", 'import x from "./shared";');
 * // ['line 1: imports "./shared"; an engagement file may import only contractor-access; ...']
 */
export function engagementCodeProblems(ts: typeof TypeScript, file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(ts, file));
  const problems: string[] = [];
  const bound = new Set<string>(["undefined"]);
  const callable = new Set<string>();
  const namespaces = new Set<string>();
  const refuse = (node: TypeScript.Node, what: string): undefined => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    problems.push(`line ${line + 1}: ${what}; ${DATA_ONLY}`);
    return undefined;
  };
  const checkSpecifier = (node: TypeScript.Node, specifier: TypeScript.Expression | undefined) => {
    const name = specifier && ts.isStringLiteral(specifier) ? specifier.text : undefined;
    if (name !== undefined && ENGAGEMENT_IMPORTS.includes(name)) return true;
    refuse(
      node,
      `imports ${name === undefined ? "a computed module" : `"${name}"`}; an engagement file may import only ${ENGAGEMENT_IMPORTS.join(" or ")}`,
    );
    return false;
  };

  const visit = (node: TypeScript.Node): undefined => {
    if (ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isImportDeclaration(node)) {
      // Bound even when refused, so the import is named once rather than at every use.
      checkSpecifier(node, node.moduleSpecifier);
      const clause = node.importClause;
      if (clause?.name) callable.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) callable.add(element.name.text);
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
      return;
    }
    if (ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier) checkSpecifier(node, node.moduleSpecifier);
      return;
    }
    if (ts.isImportEqualsDeclaration(node)) return refuse(node, "uses `import = require()`, which loads other modules");
    if (ts.isMetaProperty(node)) return refuse(node, `reads \`${node.getText(source)}\`, which names files on disk`);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      return refuse(node, "uses a dynamic `import()`, which loads other modules");
    }
    if (ts.isIdentifier(node)) {
      if (bound.has(node.text) || callable.has(node.text) || namespaces.has(node.text)) return;
      const reach = OUTSIDE_WORLD[node.text];
      return refuse(
        node,
        reach ? `uses \`${node.text}\`, which ${reach}` : `uses \`${node.text}\`, which it does not declare`,
      );
    }
    if (ts.isVariableStatement(node)) {
      for (const declaration of node.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) return refuse(declaration, "destructures a value");
        if (declaration.initializer) visit(declaration.initializer);
        bound.add(declaration.name.text);
      }
      return;
    }
    if (ts.isCallExpression(node)) {
      if (!isImportedFunction(ts, node.expression, callable, namespaces)) {
        // Name what the callee reaches (fetch, require, Deno.env.get) when it is a global; else say it in general.
        const before = problems.length;
        visit(node.expression);
        if (problems.length === before) refuse(node, "calls something it did not import from contractor-access");
      }
      for (const argument of node.arguments) visit(argument);
      return;
    }
    if (ts.isPropertyAccessExpression(node)) {
      if (FORBIDDEN_PROPERTIES.has(node.name.text)) return refuse(node, `reads \`.${node.name.text}\``);
      return visit(node.expression);
    }
    if (ts.isPropertyAssignment(node)) {
      if (ts.isComputedPropertyName(node.name)) return refuse(node, "uses a computed property name");
      return visit(node.initializer);
    }
    if (ts.isShorthandPropertyAssignment(node)) return visit(node.name);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind !== ts.SyntaxKind.PlusToken) {
      refuse(node, `uses the operator \`${node.operatorToken.getText(source)}\``);
      visit(node.left);
      return visit(node.right);
    }
    if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return visit(node.expression);
    if (isDataSyntax(ts, node)) return ts.forEachChild(node, visit);
    refuse(node, `uses ${describeSyntax(ts, node)}`);
    // These wrap an expression worth naming too: `await import(...)`, `globalThis["process"]`, `new Foo()`.
    if (ts.isAwaitExpression(node) || ts.isElementAccessExpression(node) || ts.isNewExpression(node)) {
      ts.forEachChild(node, visit);
    }
    return undefined;
  };
  ts.forEachChild(source, visit);
  return problems;
}

/** `defineEngagement` imported by name, or `ns.defineEngagement` from a namespace import. */
function isImportedFunction(
  ts: typeof TypeScript,
  callee: TypeScript.Expression,
  callable: ReadonlySet<string>,
  namespaces: ReadonlySet<string>,
): boolean {
  if (ts.isIdentifier(callee)) return callable.has(callee.text);
  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    namespaces.has(callee.expression.text) &&
    !FORBIDDEN_PROPERTIES.has(callee.name.text)
  );
}

function scriptKind(ts: typeof TypeScript, file: string): TypeScript.ScriptKind {
  return /\.[cm]?js$/i.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
}
