import type { Finding, StackRule } from "./rule";

const NAME = "oneIdentityPerPerson";
const WHY = "one person has one identity, so that shared logins cannot hide who did what";

interface Identity {
  readonly engagementIndex: number;
  readonly id: string;
  readonly email: string;
  readonly github: string;
}

/** Across the stack, a GitHub username belongs to one contractor email and an email to one GitHub username (ignoring case). */
export const oneIdentityPerPerson: StackRule = {
  name: NAME,
  description:
    "Across the stack, a GitHub username belongs to one contractor email and an email to one GitHub username (ignoring case).",
  severity: "error",
  check(engagements) {
    // Keyed by lowercased value; the first engagement that pairs the two wins.
    const firstByGithub = new Map<string, Identity>();
    const firstByEmail = new Map<string, Identity>();
    const findings: Finding[] = [];
    engagements.forEach(({ id, contractor: { email, github } }, engagementIndex) => {
      // Without a GitHub username an engagement pairs nothing, so it cannot conflict.
      if (github === undefined) return;
      const identity: Identity = { engagementIndex, id, email, github };
      const report = (field: "email" | "github", earlier: Identity, message: string) =>
        findings.push({
          rule: NAME,
          severity: "error",
          engagementIndex,
          path: ["contractor", field],
          message,
          relatedEngagementIndex: earlier.engagementIndex,
        });
      const sameGithub = firstByGithub.get(github.toLowerCase());
      if (sameGithub && sameGithub.email.toLowerCase() !== email.toLowerCase()) {
        report(
          "email",
          sameGithub,
          `contractor.email ${email} differs from ${sameGithub.email}, which engagement "${sameGithub.id}" gives for the same GitHub username ${github}; ${WHY}: use one email for this person, or give each person their own GitHub account`,
        );
      }
      const sameEmail = firstByEmail.get(email.toLowerCase());
      if (sameEmail && sameEmail.github.toLowerCase() !== github.toLowerCase()) {
        report(
          "github",
          sameEmail,
          `contractor.github ${github} differs from ${sameEmail.github}, which engagement "${sameEmail.id}" gives for the same email ${email}; ${WHY}: use one GitHub username for this person, or give each person their own email`,
        );
      }
      if (!sameGithub) firstByGithub.set(github.toLowerCase(), identity);
      if (!sameEmail) firstByEmail.set(email.toLowerCase(), identity);
    });
    return findings;
  },
};
