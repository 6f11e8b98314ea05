import { engagementRule } from "./rule";

/** The contractor has a GitHub username (`contractor.github`) whenever the code lane lists repositories. */
export const githubUsernameForRepositories = engagementRule(
  "githubUsernameForRepositories",
  "The contractor has a GitHub username (contractor.github) whenever the code lane lists repositories.",
  ({ contractor, lanes }) => {
    const repositories = lanes.code?.repositories ?? [];
    if (repositories.length === 0 || contractor.github !== undefined) return [];
    const names = repositories.map((repository) => repository.name).join(", ");
    return [
      {
        path: ["contractor", "github"],
        message: `contractor.github is missing but the code lane lists repositories (${names}); add the contractor's GitHub username so they can join the engagement's team, or remove the code lane`,
      },
    ];
  },
);
