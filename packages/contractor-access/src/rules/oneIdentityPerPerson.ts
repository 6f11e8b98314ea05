import type { Engagement } from "../engagement/engagementTypes";
import type { Finding, StackRule } from "./rule";

const NAME = "oneIdentityPerPerson";
const WHY = "one person has one identity, so that shared logins cannot hide who did what";

interface Identity {
  readonly engagementIndex: number;
  readonly id: string;
  readonly email: string;
  readonly github: string;
}

/**
 * Identity Center users by person: every engagement of one email names the
 * same `identityCenterUserId` (or none, and the stack creates one user), and
 * one user id belongs to one email. Otherwise one person would get two users,
 * or two people one.
 */
function identityCenterUserFindings(engagements: readonly Engagement[]): Finding[] {
  const findings: Finding[] = [];
  const firstByEmail = new Map<string, number>();
  const firstByUserId = new Map<string, number>();
  engagements.forEach(({ contractor: { email, identityCenterUserId } }, engagementIndex) => {
    const emailIndex = firstByEmail.get(email.toLowerCase());
    const earlier = emailIndex === undefined ? undefined : engagements[emailIndex];
    if (emailIndex !== undefined && earlier && earlier.contractor.identityCenterUserId !== identityCenterUserId) {
      const theirs = earlier.contractor.identityCenterUserId ?? "none";
      findings.push({
        rule: NAME,
        severity: "error",
        engagementIndex,
        path: ["contractor", "identityCenterUserId"],
        message: `contractor.identityCenterUserId is ${identityCenterUserId ?? "not set"}, but engagement "${earlier.id}" gives ${theirs} for the same email ${email}; ${WHY}: give every engagement of this person the same Identity Store user id, or none`,
        relatedEngagementIndex: emailIndex,
      });
    }
    if (emailIndex === undefined) firstByEmail.set(email.toLowerCase(), engagementIndex);
    if (identityCenterUserId === undefined) return;
    const userIndex = firstByUserId.get(identityCenterUserId.toLowerCase());
    const holder = userIndex === undefined ? undefined : engagements[userIndex];
    if (userIndex !== undefined && holder && holder.contractor.email.toLowerCase() !== email.toLowerCase()) {
      findings.push({
        rule: NAME,
        severity: "error",
        engagementIndex,
        path: ["contractor", "identityCenterUserId"],
        message: `contractor.identityCenterUserId ${identityCenterUserId} is the user engagement "${holder.id}" gives for ${holder.contractor.email}, a different email; ${WHY}: each person has their own Identity Store user`,
        relatedEngagementIndex: userIndex,
      });
    }
    if (userIndex === undefined) firstByUserId.set(identityCenterUserId.toLowerCase(), engagementIndex);
  });
  return findings;
}

/**
 * Across the stack, a GitHub username belongs to one contractor email and an
 * email to one GitHub username (ignoring case); and one email has one
 * Identity Store user id, or none.
 */
export const oneIdentityPerPerson: StackRule = {
  name: NAME,
  description:
    "Across the stack, a GitHub username belongs to one contractor email and an email to one GitHub username (ignoring case); one email has one Identity Store user id, or none.",
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
    // Sorted by engagement by runRules; both kinds read top to bottom.
    return [...findings, ...identityCenterUserFindings(engagements)];
  },
};
