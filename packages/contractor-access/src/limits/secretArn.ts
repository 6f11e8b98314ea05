import type { LimitViolation } from "./limitViolation";

// Secrets Manager User Guide, "Secret ARNs" and "Secret names": an ARN is
// arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 random
// characters>, and a name holds ASCII letters, digits and /_+=.@- (at most 512).
const SHAPE = /^arn:aws(?:-cn|-us-gov)?:secretsmanager:[a-z]{2}(?:-[a-z]+)+-\d:\d{12}:secret:(.+)$/;
const NAME_WITH_SUFFIX = /^[A-Za-z0-9/_+=.@-]{1,512}-[A-Za-z0-9]{6}$/;
const FORM = "arn:aws:secretsmanager:<region>:<12-digit account>:secret:<name>-<6 characters>";

/**
 * Checks a Secrets Manager secret ARN used to grant access to one secret.
 * Wildcards are refused: `*` or `?` would match neighbouring secrets (a
 * trailing `*` on `db-prod` also matches `db-prod-admin`). An ARN without
 * the `-` and 6 random characters that Secrets Manager appends matches no
 * secret at all, so the grant would silently give nothing.
 * A name that itself ends in `-` and 6 letters or digits cannot be told
 * apart from a full ARN; the check accepts it.
 *
 * @example
 * checkSecretArn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-prod", "s")[0]?.limit; // "secret-arn-suffix"
 */
export function checkSecretArn(arn: string, resource: string): LimitViolation[] {
  if (/[*?]/.test(arn)) {
    return [
      {
        resource,
        limit: "secret-arn-wildcard",
        allowed: "no * or ?",
        actual: arn,
        message: `secret ARN "${arn}" contains a wildcard (* or ?), which also matches neighbouring secrets whose names share the rest; give the one secret's full ARN, ending in its 6-character suffix`,
      },
    ];
  }
  const name = SHAPE.exec(arn)?.[1];
  if (name === undefined) {
    return [
      {
        resource,
        limit: "secret-arn-form",
        allowed: FORM,
        actual: arn,
        message: `"${arn}" is not a Secrets Manager secret ARN; expected ${FORM}`,
      },
    ];
  }
  if (!NAME_WITH_SUFFIX.test(name)) {
    return [
      {
        resource,
        limit: "secret-arn-suffix",
        allowed: "<name>-<6 characters>",
        actual: arn,
        message: `secret ARN "${arn}" does not end in "-" and the 6 random characters Secrets Manager appends to every secret's ARN, so in a policy it matches no secret; copy the full ARN from the console or aws secretsmanager describe-secret`,
      },
    ];
  }
  return [];
}
