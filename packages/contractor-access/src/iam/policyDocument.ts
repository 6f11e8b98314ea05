/** An IAM condition block: operator, then condition key, then value(s). */
export type PolicyCondition = Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;

/** One IAM policy statement, with the fields this library generates. */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow" | "Deny";
  readonly Principal?: { readonly AWS: string };
  readonly Action?: string | readonly string[];
  readonly NotAction?: readonly string[];
  readonly Resource?: string | readonly string[];
  readonly Condition?: PolicyCondition;
}

/** An IAM policy document (identity, boundary, trust or permission policy). */
export interface PolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: readonly PolicyStatement[];
}

/**
 * Wraps statements in a policy document with the current policy language version.
 *
 * @example
 * JSON.stringify(policyDocument([statement])); // '{"Version":"2012-10-17","Statement":[...]}'
 */
export function policyDocument(statements: readonly PolicyStatement[]): PolicyDocument {
  return { Version: "2012-10-17", Statement: statements };
}
