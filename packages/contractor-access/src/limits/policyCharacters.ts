/**
 * A policy document as a plan holds it: the JSON text Pulumi will send, or
 * the object that will be serialized to it.
 *
 * @example
 * const document: PolicyDocumentInput = { Version: "2012-10-17", Statement: [] };
 */
export type PolicyDocumentInput = string | object;

/** A policy document read for checking: its parsed value and the text IAM receives, or why it cannot be read. @example const read: ReadPolicyDocument = readPolicyDocument("{}"); */
export type ReadPolicyDocument =
  | { readonly ok: true; readonly value: unknown; readonly sentText: string; readonly minifiedText: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a policy document. `sentText` is what reaches IAM (the string as
 * given, or the object serialized); `minifiedText` is the same JSON without
 * whitespace between tokens, which is what IAM's size quotas count.
 *
 * @example
 * readPolicyDocument('{ "Version": "2012-10-17" }'); // { ok: true, minifiedText: '{"Version":"2012-10-17"}', … }
 */
export function readPolicyDocument(document: PolicyDocumentInput): ReadPolicyDocument {
  try {
    if (typeof document === "object" && document !== null) {
      // An object is serialized once: that text is both what IAM receives and, having no whitespace, what it counts.
      const text = JSON.stringify(document);
      if (typeof text !== "string") return { ok: false, reason: "it does not serialize to JSON" };
      return { ok: true, value: JSON.parse(text), sentText: text, minifiedText: text };
    }
    const sentText = typeof document === "string" ? document : JSON.stringify(document);
    if (typeof sentText !== "string") return { ok: false, reason: "it does not serialize to JSON" };
    const value: unknown = JSON.parse(sentText);
    return { ok: true, value, sentText, minifiedText: JSON.stringify(value) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The size of a policy as IAM's quotas count it, or `undefined` when it is
 * not JSON. IAM does not count whitespace, so this counts the minified JSON.
 * That is conservative: whitespace inside string values (a description in a
 * Condition, say) is still counted here, so the figure is never below IAM's
 * and a plan it accepts is never refused for size.
 * Source: IAM User Guide, "IAM and AWS STS quotas" (whitespace not counted).
 *
 * @example
 * policyCharacterCount('{ "Version": "2012-10-17",\n  "Statement": [] }'); // 39
 */
export function policyCharacterCount(document: PolicyDocumentInput): number | undefined {
  if (typeof document === "object" && document !== null) {
    // As readPolicyDocument reads an object, without parsing the text back, which only the checks need.
    try {
      const text = JSON.stringify(document);
      return typeof text === "string" ? text.length : undefined;
    } catch {
      return undefined;
    }
  }
  const read = readPolicyDocument(document);
  return read.ok ? read.minifiedText.length : undefined;
}
