import { describeCharacters, formatCount, type LimitViolation } from "./limitViolation";

// Amazon S3 User Guide, "General purpose bucket naming rules".
const BUCKET_CHARACTERS = /^[a-z0-9.-]+$/;
const RESERVED_PREFIXES = ["xn--", "sthree-", "amzn-s3-demo-"];
const RESERVED_SUFFIXES = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];
const IP_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function bucketProblem(name: string): { limit: string; rule: string } | undefined {
  if (name.length < 3 || name.length > 63)
    return { limit: "s3-bucket-name-length", rule: `has ${formatCount(name.length)} characters; S3 allows 3 to 63` };
  if (!BUCKET_CHARACTERS.test(name))
    return { limit: "s3-bucket-name-characters", rule: "may hold only lowercase letters, digits, dots and hyphens" };
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
    return { limit: "s3-bucket-name-ends", rule: "must begin and end with a lowercase letter or digit" };
  if (name.includes("..")) return { limit: "s3-bucket-name-dots", rule: "must not hold two adjacent dots" };
  if (IP_ADDRESS.test(name)) return { limit: "s3-bucket-name-ip", rule: "must not be formatted as an IP address" };
  const prefix = RESERVED_PREFIXES.find((reserved) => name.startsWith(reserved));
  if (prefix) return { limit: "s3-bucket-name-reserved", rule: `must not start with "${prefix}", which S3 reserves` };
  const suffix = RESERVED_SUFFIXES.find((reserved) => name.endsWith(reserved));
  if (suffix) return { limit: "s3-bucket-name-reserved", rule: `must not end with "${suffix}", which S3 reserves` };
  return undefined;
}

/**
 * Checks a general purpose S3 bucket name against S3's naming rules: 3 to
 * 63 lowercase letters, digits, dots and hyphens, alphanumeric at both ends,
 * no `..`, not an IP address, none of the reserved prefixes and suffixes.
 * Reports the first rule broken, since one fix usually settles the rest.
 *
 * @example
 * checkS3BucketName("Data_Lake", "d")[0]?.limit; // "s3-bucket-name-characters"
 */
export function checkS3BucketName(name: string, resource: string): LimitViolation[] {
  const problem = bucketProblem(name);
  if (!problem) return [];
  const message = `S3 bucket name "${name}" ${problem.rule} (Amazon S3 User Guide, bucket naming rules)`;
  return [{ resource, limit: problem.limit, allowed: "S3 bucket naming rules", actual: name, message }];
}

/** Longest object key, in bytes of UTF-8 (Amazon S3 User Guide, "Naming objects"). @example S3_KEY_MAX_BYTES; // 1024 */
export const S3_KEY_MAX_BYTES = 1024;

/**
 * Checks an object key prefix that a policy grants as `<bucket>/<prefix>*`.
 * - No `*` or `?`: in an IAM resource ARN they are wildcards, not letters.
 * - No `${`: IAM reads it as the start of a policy variable.
 * - No leading `/`: S3 keys do not start with one, so the grant would match nothing.
 * - At most 1,024 bytes of UTF-8, S3's limit for a whole key.
 * - Ends with `/` (our rule, not S3's): without it `reports*` also grants
 *   `reports-archive/`, a neighbouring prefix nobody meant to grant. This
 *   also refuses the empty prefix, which would grant the whole bucket.
 *
 * @example
 * checkS3KeyPrefix("masked/orders", "d")[0]?.limit; // "s3-prefix-trailing-slash"
 */
export function checkS3KeyPrefix(prefix: string, resource: string): LimitViolation[] {
  const violations: LimitViolation[] = [];
  const add = (limit: string, allowed: string | number, actual: string | number, rule: string) =>
    violations.push({ resource, limit, allowed, actual, message: `S3 key prefix "${prefix}" ${rule}` });
  const wildcards = [...new Set(prefix.match(/[*?]/g) ?? [])];
  if (wildcards.length > 0)
    add(
      "s3-prefix-wildcard",
      "no * or ?",
      prefix,
      `contains ${describeCharacters(wildcards)}, which an IAM resource ARN reads as a wildcard that matches other keys`,
    );
  if (prefix.includes("${"))
    add(
      "s3-prefix-policy-variable",
      "no ${",
      prefix,
      'contains "${", which IAM reads as the start of a policy variable',
    );
  if (prefix.startsWith("/"))
    add(
      "s3-prefix-leading-slash",
      "no leading /",
      prefix,
      'starts with "/", which S3 keys do not, so the grant would match nothing; remove the leading slash',
    );
  const bytes = Buffer.byteLength(prefix, "utf8");
  if (bytes > S3_KEY_MAX_BYTES)
    add(
      "s3-prefix-length",
      S3_KEY_MAX_BYTES,
      bytes,
      `has ${formatCount(bytes)} bytes of UTF-8; S3 allows ${formatCount(S3_KEY_MAX_BYTES)} for a whole key`,
    );
  if (!prefix.endsWith("/"))
    add(
      "s3-prefix-trailing-slash",
      "ends with /",
      prefix,
      prefix === ""
        ? 'is empty, which would grant the whole bucket; name a prefix ending in "/", such as masked/orders/'
        : `does not end with "/", so the grant would also cover neighbouring prefixes such as "${prefix}-archive/"; add the trailing slash`,
    );
  return violations;
}
