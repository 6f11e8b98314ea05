/** One IAM statement as found in a policy input; every field is unchecked. */
export interface Statement {
  readonly Sid?: unknown;
  readonly Effect?: unknown;
  readonly Action?: unknown;
  readonly NotAction?: unknown;
  readonly Resource?: unknown;
  readonly Condition?: unknown;
}

/**
 * The statements of a policy input, which the AWS provider accepts as a JSON
 * string or an object; `undefined` when it is neither a parseable document.
 */
export function policyStatements(policy: unknown): Statement[] | undefined {
  let document: unknown = policy;
  if (typeof policy === "string") {
    try {
      document = JSON.parse(policy);
    } catch {
      return undefined;
    }
  }
  if (typeof document !== "object" || document === null) return undefined;
  const statement = (document as { Statement?: unknown }).Statement;
  if (Array.isArray(statement)) return statement.filter((item) => typeof item === "object" && item !== null);
  return typeof statement === "object" && statement !== null ? [statement as Statement] : undefined;
}

/** True when a statement field is `value` or a list containing it. */
export function includes(field: unknown, value: string): boolean {
  return field === value || (Array.isArray(field) && field.includes(value));
}

/**
 * The statement's only condition, as `[operator, key, values]`, or
 * `undefined` when it has none or several. Further conditions would narrow
 * a Deny (conditions are ANDed), so the rules accept exactly one.
 */
export function soleCondition(statement: Statement): [string, string, string[]] | undefined {
  const condition = statement.Condition;
  if (typeof condition !== "object" || condition === null) return undefined;
  const operators = Object.entries(condition);
  if (operators.length !== 1) return undefined;
  const [operator, block] = operators[0] as [string, unknown];
  if (typeof block !== "object" || block === null) return undefined;
  const keys = Object.entries(block);
  if (keys.length !== 1) return undefined;
  const [key, value] = keys[0] as [string, unknown];
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  // IAM matches condition keys case-insensitively.
  return [operator, key.toLowerCase(), values];
}

/** True for a Deny of every action on every resource, the shape of the window denies. */
export function deniesEverything(statement: Statement): boolean {
  return (
    statement.Effect === "Deny" &&
    statement.NotAction === undefined &&
    includes(statement.Action, "*") &&
    includes(statement.Resource, "*")
  );
}
