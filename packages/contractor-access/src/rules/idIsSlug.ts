import { engagementRule } from "./rule";

// 3 to 40 characters leaves room for the suffixes resource names add
// (`-boundary`, `-repo-<name>`) within IAM's 64-character limits.
const SLUG = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;

/** The id is a lowercase slug of 3 to 40 characters of [a-z0-9-] that starts and ends with a letter or digit. */
export const idIsSlug = engagementRule(
  "idIsSlug",
  "The id is a lowercase slug of 3 to 40 characters of [a-z0-9-] that starts and ends with a letter or digit.",
  (engagement) => {
    if (SLUG.test(engagement.id)) return [];
    const suggestion = engagement.id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    const example = SLUG.test(suggestion) ? suggestion : "checkout-fix-2026-11";
    return [
      {
        path: ["id"],
        message: `id "${engagement.id}" is not a lowercase slug; use 3 to 40 characters of a-z, 0-9 and "-" that start and end with a letter or digit, such as "${example}", because resource names derive from it`,
      },
    ];
  },
);
