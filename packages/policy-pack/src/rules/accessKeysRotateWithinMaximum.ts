import * as aws from "@pulumi/aws";
import type { StackValidationPolicy } from "@pulumi/policy";
import { accessKeyPeriodDay } from "contractor-access/contract";
import { hasContractorName, isContractorPath } from "../contractorResources";
import { relatedResource } from "../relatedResource";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Configuration of {@link accessKeysRotateWithinMaximum}. */
export interface KeyRotationConfig {
  /** The most days a contractor key may belong to one rotation period. @default 90 */
  readonly maxKeyRotationDays?: number;
  /** The instant to judge keys at, as ISO 8601. @default the time the policy runs */
  readonly now?: string;
}

/**
 * Compliant: every access key of a contractor user was declared for a
 * rotation period that started at most `maxKeyRotationDays` before now.
 * IAM keys never expire, and the component's rotation happens only when
 * `pulumi up` runs, so this catches a stack that has not been updated.
 * Whole UTC days are counted, which leaves a day's grace for timezones.
 */
export const accessKeysRotateWithinMaximum: StackValidationPolicy = {
  name: "access-keys-rotate-within-maximum",
  description:
    "Every access key of a contractor user carries its rotation period's first day in its name (<name>-key-YYYY-MM-DD), no more than maxKeyRotationDays away from now.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      maxKeyRotationDays: { type: "integer", minimum: 1, default: 90 },
      now: { type: "string", description: "Judge keys at this ISO 8601 instant instead of the current time." },
    },
  },
  validateStack: (args, reportViolation) => {
    const config = args.getConfig<KeyRotationConfig>();
    const maxDays = config.maxKeyRotationDays ?? 90;
    const now = config.now === undefined ? new Date() : new Date(config.now);
    if (Number.isNaN(now.getTime())) {
      return reportViolation(`The policy's "now" setting "${config.now}" is not an ISO 8601 instant.`);
    }
    const today = now.toISOString().slice(0, 10);
    for (const key of args.resources.filter((resource) => resource.isType(aws.iam.AccessKey))) {
      const user = relatedResource(key, "user", aws.iam.User);
      if (!(user ? isContractorPath(user.props.path) : hasContractorName(key.props.user))) continue;
      const day = accessKeyPeriodDay(key.name);
      if (!day) {
        reportViolation(
          `Access key "${key.name}" has no rotation label: its name must end in -key-YYYY-MM-DD, the first day of its rotation period, so that each new period declares a new key and deletes the old one.`,
          key.urn,
        );
        continue;
      }
      const age = Math.floor(now.getTime() / DAY_MS) - day.getTime() / DAY_MS;
      if (age > maxDays) {
        reportViolation(
          `Access key "${key.name}" belongs to a rotation period that started ${age} days before ${today}; contractor keys rotate within ${maxDays} days. Run pulumi up to replace it.`,
          key.urn,
        );
      } else if (-age > maxDays) {
        // A key declared before its engagement starts carries the start date; a label further ahead postpones rotation.
        reportViolation(
          `Access key "${key.name}" is labelled ${-age} days after ${today}, more than ${maxDays} days ahead, which would postpone its rotation.`,
          key.urn,
        );
      }
    }
  },
};
