import type { LimitViolation } from "./limitViolation";

// IAM User Guide, "IAM JSON policy elements: Sid": in IAM a Sid may hold only
// ASCII letters and digits, and must be unique within one policy.
const SID = /^[A-Za-z0-9]*$/;

function statementsOf(document: unknown): unknown[] {
  if (typeof document !== "object" || document === null) return [];
  const statement = (document as { Statement?: unknown }).Statement;
  if (Array.isArray(statement)) return statement;
  return statement === undefined ? [] : [statement];
}

/**
 * The Sids of a parsed policy document, in order, skipping statements
 * without one (a Sid is optional).
 *
 * @example
 * statementIdsOf({ Statement: [{ Sid: "A" }, {}, { Sid: "B" }] }); // ["A", "B"]
 */
export function statementIdsOf(document: unknown): unknown[] {
  return statementsOf(document)
    .map((statement) =>
      typeof statement === "object" && statement !== null ? (statement as { Sid?: unknown }).Sid : undefined,
    )
    .filter((sid) => sid !== undefined);
}

/**
 * Checks that every Sid of a parsed policy is alphanumeric and that no Sid
 * appears twice, as IAM requires (IAM User Guide, policy element Sid).
 *
 * @param label How the policy is named in messages, such as `managed policy contractor-x-boundary`.
 * @example
 * checkStatementIds({ Statement: [{ Sid: "ReadOrders2" }, { Sid: "ReadOrders2" }] }, "policy p", "p")[0]?.limit; // "iam-sid-unique"
 */
export function checkStatementIds(document: unknown, label: string, resource: string): LimitViolation[] {
  const violations: LimitViolation[] = [];
  const counts = new Map<string, number>();
  for (const sid of statementIdsOf(document)) {
    if (typeof sid !== "string" || !SID.test(sid)) {
      violations.push({
        resource,
        limit: "iam-sid-characters",
        allowed: "A-Z a-z 0-9",
        actual: String(sid),
        message: `statement id ${JSON.stringify(sid)} in ${label} is not alphanumeric; IAM allows only A-Z, a-z and 0-9 in a Sid`,
      });
      continue;
    }
    counts.set(sid, (counts.get(sid) ?? 0) + 1);
  }
  for (const [sid, count] of counts) {
    if (count < 2) continue;
    violations.push({
      resource,
      limit: "iam-sid-unique",
      allowed: 1,
      actual: count,
      message: `statement id "${sid}" appears ${count} times in ${label}; IAM requires each Sid to be unique within a policy`,
    });
  }
  return violations;
}
