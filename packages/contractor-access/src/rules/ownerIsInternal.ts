import { isInternalEmail } from "../engagement/emailDomain";
import { engagementRule } from "./rule";

/** The owner is an employee: `owner.email` is in one of the stack's internal domains. */
export const ownerIsInternal = engagementRule(
  "ownerIsInternal",
  "The owner is an employee: owner.email is in one of the stack's internal domains.",
  (engagement, settings) =>
    isInternalEmail(engagement.owner.email, settings.internalDomains)
      ? []
      : [
          {
            path: ["owner", "email"],
            message: `${engagement.owner.email} is not in an internal domain (${settings.internalDomains.join(", ")}); the owner must be an employee accountable for scope, approval and offboarding`,
          },
        ],
);
