import { engagementRule } from "./rule";

/** The owner is someone else: `owner.email` differs from `contractor.email`, ignoring case. */
export const ownerIsNotContractor = engagementRule(
  "ownerIsNotContractor",
  "The owner is someone else: owner.email differs from contractor.email, ignoring case.",
  ({ owner, contractor }) =>
    owner.email.toLowerCase() === contractor.email.toLowerCase()
      ? [
          {
            path: ["owner", "email"],
            message: `owner.email and contractor.email are both ${contractor.email}; the owner must be another person, an employee who answers for the scope and the offboarding`,
          },
        ]
      : [],
);
