import { toAcceptableText } from "./acceptableText";
import {
  IAM_DESCRIPTION_CHARACTER,
  IAM_NAME_CHARACTER,
  POLICY_DOCUMENT_CHARACTER,
  TAG_CHARACTER,
} from "./characterSets";
import { type IamEntityKind, iamNameMax } from "./iamNames";
import { IAM_DESCRIPTION_MAX } from "./iamQuotas";
import { TAG_VALUE_MAX } from "./tags";

/**
 * Makes text acceptable as an IAM role or policy description: Latin-1 kept
 * (`é`, `ß`, `£`), everything else transliterated (`–` to `-`, `“` to `"`,
 * `北京` to `Bei Jing`) or replaced with `-`, at most 1,000 characters.
 *
 * @example
 * toIamDescription("Checkout fix – ticket “PAY-1” für Zoë"); // 'Checkout fix - ticket "PAY-1" für Zoë'
 */
export function toIamDescription(text: string): string {
  return toAcceptableText(text, { allowed: IAM_DESCRIPTION_CHARACTER, maxLength: IAM_DESCRIPTION_MAX });
}

/**
 * Makes text acceptable as an AWS tag value: letters, numbers and spaces of
 * any script kept (`北京`, `Łódź`), other characters transliterated or
 * replaced with `-` (tag values refuse quotes, `#`, `,` and emoji), at most
 * 256 characters.
 *
 * @example
 * toTagValue("PAY-1 “urgent”, #42"); // "PAY-1 -urgent- -42"
 */
export function toTagValue(text: string): string {
  return toAcceptableText(text, { allowed: TAG_CHARACTER, maxLength: TAG_VALUE_MAX });
}

/**
 * Makes free text acceptable inside a policy document (Latin-1, tab and
 * newlines), such as a tag value compared in a Condition. Never use it on
 * an ARN, bucket, key or action: a transliterated identifier names something
 * else, so those must be refused, not rewritten.
 *
 * @example
 * toPolicyText("Zoë – team"); // "Zoë - team"
 */
export function toPolicyText(text: string): string {
  return toAcceptableText(text, { allowed: POLICY_DOCUMENT_CHARACTER, maxLength: Number.POSITIVE_INFINITY });
}

/**
 * Makes text acceptable as an IAM name of the given kind, an ASCII-only
 * context: `Ł` becomes `L`, spaces and other refused characters `-`, cut to
 * 64 (users, roles) or 128 (groups, policies) characters. Empty text stays
 * empty, which IAM refuses: a name needs at least one character.
 *
 * @example
 * toIamName("Łukasz Kowalski", "IAM user"); // "Lukasz-Kowalski"
 */
export function toIamName(text: string, kind: IamEntityKind): string {
  return toAcceptableText(text, { allowed: IAM_NAME_CHARACTER, maxLength: iamNameMax(kind) });
}
