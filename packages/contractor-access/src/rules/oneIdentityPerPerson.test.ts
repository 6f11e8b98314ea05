import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { oneIdentityPerPerson } from "./oneIdentityPerPerson";

const contractor = (id: string, email: string, github?: string) =>
  engagementWith((e) => {
    e.id = id;
    e.contractor = { name: "Someone", email, github };
  });
const check = (...engagements: ReturnType<typeof contractor>[]) =>
  oneIdentityPerPerson.check(engagements, settingsWith());

describe("oneIdentityPerPerson: a GitHub username and a contractor email always go together", () => {
  test("Compliance: the same person twice, in other cases", () => {
    expect(
      check(
        contractor("a", "dana@freelance.example", "dana-codes"),
        contractor("b", "DANA@Freelance.example", "Dana-Codes"),
      ),
    ).toEqual([]);
  });

  test("Compliance: different people", () => {
    expect(
      check(contractor("a", "dana@freelance.example", "dana-codes"), contractor("b", "sam@agency.example", "sam-gh")),
    ).toEqual([]);
  });

  test("Compliance: an engagement without a GitHub username pairs nothing", () => {
    expect(
      check(contractor("a", "dana@freelance.example"), contractor("b", "dana@freelance.example", "dana-codes")),
    ).toEqual([]);
  });

  test("Noncompliance 1: one GitHub username with two emails", () => {
    expect(
      check(
        contractor("a", "dana@freelance.example", "dana-codes"),
        contractor("b", "sam@agency.example", "Dana-Codes"),
      ),
    ).toEqual([
      {
        rule: "oneIdentityPerPerson",
        severity: "error",
        engagementIndex: 1,
        path: ["contractor", "email"],
        message:
          'contractor.email sam@agency.example differs from dana@freelance.example, which engagement "a" gives for the same GitHub username Dana-Codes; one person has one identity, so that shared logins cannot hide who did what: use one email for this person, or give each person their own GitHub account',
        relatedEngagementIndex: 0,
      },
    ]);
  });

  test("Noncompliance 2: one email with two GitHub usernames", () => {
    expect(
      check(
        contractor("a", "dana@freelance.example", "dana-codes"),
        contractor("b", "Dana@freelance.example", "dana-alt"),
      ),
    ).toEqual([
      {
        rule: "oneIdentityPerPerson",
        severity: "error",
        engagementIndex: 1,
        path: ["contractor", "github"],
        message:
          'contractor.github dana-alt differs from dana-codes, which engagement "a" gives for the same email Dana@freelance.example; one person has one identity, so that shared logins cannot hide who did what: use one GitHub username for this person, or give each person their own email',
        relatedEngagementIndex: 0,
      },
    ]);
  });

  test("Noncompliance 3: each later engagement points at the first pairing", () => {
    const findings = check(
      contractor("a", "dana@freelance.example"),
      contractor("b", "dana@freelance.example", "dana-codes"),
      contractor("c", "dana@freelance.example", "dana-alt"),
      contractor("d", "sam@agency.example", "dana-codes"),
    );
    expect(
      findings.map(({ engagementIndex, path, relatedEngagementIndex }) => [
        engagementIndex,
        path[1],
        relatedEngagementIndex,
      ]),
    ).toEqual([
      [2, "github", 1],
      [3, "email", 1],
    ]);
  });
});

describe("oneIdentityPerPerson: one email, one Identity Store user", () => {
  const DANA = "9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678";
  const OTHER = "9067d8b2a1-00000000-1234-5678-9abc-def012345678";
  const person = (id: string, email: string, identityCenterUserId?: string) =>
    engagementWith((e) => {
      e.id = id;
      e.contractor = { name: "Someone", email, ...(identityCenterUserId ? { identityCenterUserId } : {}) };
      e.lanes.code = undefined;
    });
  const findings = (...engagements: ReturnType<typeof person>[]) =>
    oneIdentityPerPerson
      .check(engagements, settingsWith())
      .map(({ engagementIndex, message, relatedEngagementIndex }) => [
        engagementIndex,
        message,
        relatedEngagementIndex,
      ]);

  test("Compliance: the same user for both engagements of a person, and none for both of another", () => {
    expect(
      findings(
        person("a", "dana@freelance.example", DANA),
        person("b", "Dana@freelance.example", DANA),
        person("c", "sam@agency.example"),
        person("d", "sam@agency.example"),
      ),
    ).toEqual([]);
  });

  test("Noncompliance 1: one engagement adopts a user and the other of the same person does not", () => {
    expect(findings(person("a", "dana@freelance.example", DANA), person("b", "dana@freelance.example"))).toEqual([
      [
        1,
        `contractor.identityCenterUserId is not set, but engagement "a" gives ${DANA} for the same email dana@freelance.example; one person has one identity, so that shared logins cannot hide who did what: give every engagement of this person the same Identity Store user id, or none`,
        0,
      ],
    ]);
  });

  test("Noncompliance 2: two users for one person, and one user for two people", () => {
    expect(
      findings(
        person("a", "dana@freelance.example", DANA),
        person("b", "dana@freelance.example", OTHER),
        person("c", "sam@agency.example", DANA),
      ),
    ).toEqual([
      [
        1,
        `contractor.identityCenterUserId is ${OTHER}, but engagement "a" gives ${DANA} for the same email dana@freelance.example; one person has one identity, so that shared logins cannot hide who did what: give every engagement of this person the same Identity Store user id, or none`,
        0,
      ],
      [
        2,
        `contractor.identityCenterUserId ${DANA} is the user engagement "a" gives for dana@freelance.example, a different email; one person has one identity, so that shared logins cannot hide who did what: each person has their own Identity Store user`,
        0,
      ],
    ]);
  });
});
