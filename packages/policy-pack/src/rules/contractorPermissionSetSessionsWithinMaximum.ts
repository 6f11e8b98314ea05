import * as aws from "@pulumi/aws";
import { type ResourceValidationPolicy, validateResourceOfType } from "@pulumi/policy";
import { PRODUCTION_PERMISSION_SET_SUFFIX } from "contractor-access/contract";
import { isContractorPermissionSet, isProductionPermissionSetName } from "../contractorPermissionSets";

/** The most hours IAM Identity Center lets a permission set's sessions last. */
const IDENTITY_CENTER_MAX_SESSION_HOURS = 12;

/** The most hours a production permission set's sessions may last, as the component declares them. */
const PRODUCTION_MAX_SESSION_HOURS = 1;

/** Configuration of {@link contractorPermissionSetSessionsWithinMaximum}. */
export interface SessionDurationConfig {
  /**
   * The most hours a session of a contractor permission set other than
   * production may last, 1 to 12. The default is the component's default
   * (`identityCenter.sessionHours`); a stack that sets it longer raises this too.
   * @default 4
   */
  readonly maxSessionHours?: number;
}

/** Seconds in an ISO 8601 duration of hours, minutes and seconds (`PT4H`, `PT1H30M`); `undefined` for anything else. */
function durationSeconds(duration: string): number | undefined {
  const match = /^PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(duration);
  if (!match) return undefined;
  const [hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number];
  return hours * 3600 + minutes * 60 + seconds;
}

/**
 * Compliant: every contractor permission set declares its session duration,
 * at most `maxSessionHours`, and a production one (named *.prod) at most one
 * hour. Removing an assignment, as a suspension or a missed review does,
 * ends no session already issued, so the session length is how long access
 * can outlive its revocation inside the window. Declared, the length is the
 * stack's decision and a change made in the console is reverted; left out,
 * it is the provider's default, which this policy cannot see.
 */
export const contractorPermissionSetSessionsWithinMaximum: ResourceValidationPolicy = {
  name: "contractor-permission-set-sessions-within-maximum",
  description:
    "Every contractor IAM Identity Center permission set declares a sessionDuration of at most maxSessionHours (default 4, at most 12), and a production one (named *.prod) of at most PT1H, because removing an assignment ends no session already issued.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      maxSessionHours: {
        type: "integer",
        minimum: 1,
        maximum: IDENTITY_CENTER_MAX_SESSION_HOURS,
        default: 4,
        description: "The most hours a contractor session other than production may last.",
      },
    },
  },
  validateResource: validateResourceOfType(aws.ssoadmin.PermissionSet, (set, args, reportViolation) => {
    if (!isContractorPermissionSet(args)) return;
    const production = isProductionPermissionSetName(set.name);
    const hours = production
      ? PRODUCTION_MAX_SESSION_HOURS
      : (args.getConfig<SessionDurationConfig>().maxSessionHours ?? 4);
    const bound = production
      ? `PT${hours}H, the most for a production set (named *${PRODUCTION_PERMISSION_SET_SUFFIX})`
      : `PT${hours}H, the most for a contractor set (maxSessionHours)`;
    const duration = set.sessionDuration;
    if (typeof duration !== "string" || duration === "") {
      reportViolation(
        `The contractor permission set declares no sessionDuration: declare one of at most ${bound}, so that the stack, not the provider's default, decides how long a session outlives a removed assignment.`,
      );
      return;
    }
    const seconds = durationSeconds(duration);
    if (seconds === undefined) {
      reportViolation(
        `The contractor permission set's sessionDuration "${duration}" is not an ISO 8601 duration of hours, minutes and seconds such as PT4H, so its length cannot be checked.`,
      );
    } else if (seconds > hours * 3600) {
      reportViolation(
        `The contractor permission set lets sessions last ${duration}, more than ${bound}. Removing the assignment ends no session already issued, so a suspension or revocation waits for it to expire.`,
      );
    }
  }),
};
