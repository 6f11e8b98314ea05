import { TAG_CHARACTER } from "./characterSets";
import { describeCharacters, disallowedCharacters, formatCount, type LimitViolation } from "./limitViolation";

// IAM User Guide, "Tagging IAM resources" and the IAM API reference, Tag:
// at most 50 tags per resource, keys 1-128 and values 0-256 characters,
// and keys starting with "aws:" are reserved for AWS, whatever their case.
/** Most tags on one resource. @example MAX_TAGS_PER_RESOURCE; // 50 */
export const MAX_TAGS_PER_RESOURCE = 50;
/** Longest tag key. @example TAG_KEY_MAX; // 128 */
export const TAG_KEY_MAX = 128;
/** Longest tag value. @example TAG_VALUE_MAX; // 256 */
export const TAG_VALUE_MAX = 256;

const ALLOWED_TEXT = "letters, digits, spaces and _.:/=+-@";

function checkTagText(
  text: string,
  part: "key" | "value",
  max: number,
  owner: string,
  resource: string,
): LimitViolation[] {
  const violations: LimitViolation[] = [];
  // UTF-16 code units: never fewer than the characters AWS counts, so this errs on the safe side.
  if (text.length > max || (part === "key" && text.length === 0)) {
    violations.push({
      resource,
      limit: `tag-${part}-length`,
      allowed: max,
      actual: text.length,
      message: `tag ${part} "${text}" of ${owner} has ${formatCount(text.length)} characters; AWS allows ${part === "key" ? "1 to " : ""}${max}`,
    });
  }
  const refused = disallowedCharacters(text, TAG_CHARACTER);
  if (refused.length > 0) {
    violations.push({
      resource,
      limit: `tag-${part}-characters`,
      allowed: ALLOWED_TEXT,
      actual: refused.join(""),
      message: `tag ${part} "${text}" of ${owner} contains ${describeCharacters(refused)}; AWS allows only ${ALLOWED_TEXT} in tags${part === "value" ? " (toTagValue replaces the rest)" : ""}`,
    });
  }
  return violations;
}

/**
 * Checks the tags of one resource: how many, each key and value's length
 * and characters, and that no key uses the reserved `aws:` prefix.
 *
 * @param owner How messages name the tagged resource, such as `IAM user contractor-x`.
 * @example
 * checkTags({ "aws:team": "x" }, "IAM user u", "u")[0]?.limit; // "tag-key-reserved"
 */
export function checkTags(tags: Readonly<Record<string, string>>, owner: string, resource: string): LimitViolation[] {
  const entries = Object.entries(tags);
  const violations: LimitViolation[] = [];
  if (entries.length > MAX_TAGS_PER_RESOURCE) {
    violations.push({
      resource,
      limit: "tags-per-resource",
      allowed: MAX_TAGS_PER_RESOURCE,
      actual: entries.length,
      message: `${owner} has ${entries.length} tags; AWS allows ${MAX_TAGS_PER_RESOURCE} per resource`,
    });
  }
  for (const [key, value] of entries) {
    if (key.toLowerCase().startsWith("aws:")) {
      violations.push({
        resource,
        limit: "tag-key-reserved",
        allowed: 'no "aws:" prefix',
        actual: key,
        message: `tag key "${key}" of ${owner} starts with "aws:", which AWS reserves for its own tags; choose another prefix such as "contractor-access:"`,
      });
    }
    violations.push(...checkTagText(key, "key", TAG_KEY_MAX, owner, resource));
    violations.push(...checkTagText(value, "value", TAG_VALUE_MAX, owner, resource));
  }
  return violations;
}
