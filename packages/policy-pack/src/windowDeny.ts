import { deniesEverything, type Statement, soleCondition } from "./policyStatements";

const CURRENT_TIME = "aws:currenttime";

function deniesWhen(statement: Statement, operators: readonly string[]): boolean {
  const condition = soleCondition(statement);
  if (!deniesEverything(statement) || !condition) return false;
  const [operator, key, values] = condition;
  // An unparseable date never matches, so such a Deny would never apply.
  return (
    operators.includes(operator) &&
    key === CURRENT_TIME &&
    values.length > 0 &&
    values.every((value) => !Number.isNaN(Date.parse(value)))
  );
}

/** True when a statement denies every action on every resource before a date: only DateLessThan(Equals) on aws:CurrentTime. */
export function deniesBeforeStart(statement: Statement): boolean {
  return deniesWhen(statement, ["DateLessThan", "DateLessThanEquals"]);
}

/** True when a statement denies every action on every resource after a date: only DateGreaterThan(Equals) on aws:CurrentTime. */
export function deniesAfterEnd(statement: Statement): boolean {
  return deniesWhen(statement, ["DateGreaterThan", "DateGreaterThanEquals"]);
}
