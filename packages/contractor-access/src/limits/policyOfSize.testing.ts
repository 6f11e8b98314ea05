/**
 * A valid policy document whose minified JSON has exactly `characters`
 * characters, for tests at and one past a size limit. Whitespace is added
 * around it so that the count must ignore it.
 *
 * @example
 * JSON.stringify(JSON.parse(policyOfSize(2048, "A"))).length; // 2048
 */
export function policyOfSize(characters: number, sid = "Read"): string {
  const document = (pad: string) => ({
    Version: "2012-10-17",
    Statement: [{ Sid: sid, Effect: "Allow", Action: "s3:GetObject", Resource: `arn:aws:s3:::bucket/${pad}` }],
  });
  const base = JSON.stringify(document("")).length;
  if (characters < base) throw new RangeError(`a policy has at least ${base} characters`);
  return JSON.stringify(document("x".repeat(characters - base)), null, 2);
}
