import { isInternalEmail } from "../engagement/emailDomain";
import { engagementRule } from "./rule";

/** The contractor is outside help: `contractor.email` is in none of the stack's internal domains. */
export const contractorIsExternal = engagementRule(
  "contractorIsExternal",
  "The contractor is outside help: contractor.email is in none of the stack's internal domains.",
  ({ contractor }, settings) =>
    isInternalEmail(contractor.email, settings.internalDomains)
      ? [
          {
            path: ["contractor", "email"],
            message: `${contractor.email} is in an internal domain (${settings.internalDomains.join(", ")}); an employee needs no contractor engagement, so use the contractor's own external email or grant the employee access the usual way`,
          },
        ]
      : [],
);
