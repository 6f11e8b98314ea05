import { engagementRule, type Problem } from "./rule";

/** Each repository is listed once in the code lane, comparing names case-insensitively as GitHub does. */
export const repositoriesListedOnce = engagementRule(
  "repositoriesListedOnce",
  "Each repository is listed once in the code lane, comparing names case-insensitively as GitHub does.",
  (engagement) => {
    const firstIndexByName = new Map<string, number>();
    const problems: Problem[] = [];
    (engagement.lanes.code?.repositories ?? []).forEach(({ name }, index) => {
      const key = name.toLowerCase();
      const first = firstIndexByName.get(key);
      if (first === undefined) {
        firstIndexByName.set(key, index);
        return;
      }
      problems.push({
        path: ["lanes", "code", "repositories", index, "name"],
        message: `repository ${name} is already listed at lanes.code.repositories[${first}] (GitHub names ignore case); list each repository once, with the one permission the task needs`,
      });
    });
    return problems;
  },
);
