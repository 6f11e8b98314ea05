import type { PolicyStatement } from "../iam/policyDocument";

/** The region of a KMS key ARN (`arn:aws:kms:<region>:<account>:key/<id>`). */
function regionOf(keyArn: string): string {
  return keyArn.split(":")[3] ?? "";
}

/**
 * `kms:Decrypt` on a customer-managed key, for data that S3 or Secrets
 * Manager encrypted with it: only when the call comes through that service
 * in the key's region (`kms:ViaService`), and only for the grant's own
 * objects or secret (the encryption context those services set). A direct
 * `kms:Decrypt` of anything else under the key is not allowed.
 *
 * - S3 sets `aws:s3:arn` to the object's ARN, or to the bucket's ARN when S3
 *   Bucket Keys are on; the bucket form is safe because S3 itself only serves
 *   the objects the user may GetObject.
 * - Secrets Manager sets `SecretARN` to the secret's ARN.
 *
 * @example
 * kmsDecryptStatement("Dataset1Decrypt", key, { service: "s3", context: { "aws:s3:arn": ["arn:aws:s3:::b/p/*", "arn:aws:s3:::b"] } });
 */
export function kmsDecryptStatement(
  sid: string,
  keyArn: string,
  through: { readonly service: "s3" | "secretsmanager"; readonly context: Readonly<Record<string, readonly string[]>> },
): PolicyStatement {
  return {
    Sid: sid,
    Effect: "Allow",
    Action: "kms:Decrypt",
    Resource: keyArn,
    Condition: {
      StringEquals: { "kms:ViaService": `${through.service}.${regionOf(keyArn)}.amazonaws.com` },
      StringLike: Object.fromEntries(
        Object.entries(through.context).map(([key, values]) => [`kms:EncryptionContext:${key}`, [...values]]),
      ),
    },
  };
}
