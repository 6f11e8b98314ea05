import type { Finding, StackRule } from "./rule";

/** Every engagement id appears once in the stack, because resource names derive from it. */
export const idsAreUnique: StackRule = {
  name: "idsAreUnique",
  description: "Every engagement id appears once in the stack, because resource names derive from it.",
  severity: "error",
  check(engagements) {
    const firstIndexById = new Map<string, number>();
    const findings: Finding[] = [];
    engagements.forEach((engagement, engagementIndex) => {
      const first = firstIndexById.get(engagement.id);
      if (first === undefined) {
        firstIndexById.set(engagement.id, engagementIndex);
        return;
      }
      findings.push({
        rule: "idsAreUnique",
        severity: "error",
        engagementIndex,
        path: ["id"],
        message: `id "${engagement.id}" is already used by another engagement; ids must be unique in the stack`,
        relatedEngagementIndex: first,
      });
    });
    return findings;
  },
};
