import * as pulumi from "@pulumi/pulumi";
import type { EngagementInput } from "../engagement/engagementTypes";
import { stackSettingsSchema } from "../engagement/stackSettingsSchema";
import type { StackSettingsInput } from "../engagement/stackSettingsTypes";
import { formatDiagnostic, formatFieldPath } from "../validation/diagnostic";
import { plainErrorMap } from "../validation/plainErrorMap";
import { isValidatedEngagement, type ValidatedEngagement } from "../validation/validatedEngagement";
import { validateEngagements } from "../validation/validateEngagements";
import type { ContractorEngagementArgs } from "./contractorEngagementArgs";
import { type KeyRotationPeriod, keyRotationPeriod } from "./keyRotationPeriod";
import { refusePinningOptions } from "./refusePinningOptions";

function refuse(message: string): never {
  // No resource exists yet to attach the error to: the component refuses before it registers.
  throw new pulumi.ResourceError(message, undefined);
}

/** The raw-input path: validates settings and engagement, then joins the validated path. */
function validateRawInput(
  name: string,
  engagement: EngagementInput,
  settingsInput: StackSettingsInput | undefined,
  now: Date,
) {
  if (settingsInput === undefined) {
    refuse(
      `engagement "${name}" is raw input, so settings are required to validate it; pass settings, or an engagement from validateEngagements`,
    );
  }
  const settings = stackSettingsSchema.safeParse(settingsInput, { error: plainErrorMap(stackSettingsSchema) });
  if (!settings.success) {
    const problems = settings.error.issues.map(
      (issue) => `${formatFieldPath(["settings", ...issue.path])}: ${issue.message}`,
    );
    refuse(`Invalid stack settings for engagement "${name}":\n${problems.join("\n")}`);
  }
  const result = validateEngagements([{ file: `engagement "${name}"`, content: engagement }], settings.data, { now });
  const [validated] = result.engagements;
  if (result.errors.length > 0 || !validated) {
    refuse(`Invalid engagement:\n${result.errors.map(formatDiagnostic).join("\n")}`);
  }
  return validated;
}

/**
 * Takes the plan from validation (validating raw input first) and checks the
 * wiring. Throws a `ResourceError` listing every problem; it runs before the
 * component registers, so that invalid input leaves no trace in the stack.
 */
export function prepareEngagement(
  name: string,
  args: ContractorEngagementArgs,
  opts: pulumi.ComponentResourceOptions | undefined,
): { validated: ValidatedEngagement; rotation: KeyRotationPeriod; now: Date } {
  refusePinningOptions(name, opts);
  // One instant for validation and key rotation alike: the time the program runs, unless given.
  const now = args.now ?? new Date();
  const validated = isValidatedEngagement(args.engagement)
    ? args.engagement
    : validateRawInput(name, args.engagement, args.settings, now);
  const { plan } = validated;
  if (args.github !== undefined && args.github !== "now" && args.github !== "later") {
    refuse(`engagement "${name}" has github "${String(args.github)}"; use "now" or "later"`);
  }
  if (plan.code && args.github !== "later" && !args.organizationMembership) {
    refuse(
      `engagement "${name}" has a code lane but no organizationMembership; declare the person's github.Membership in the stack and pass it, so that revocation removes the person from the organization`,
    );
  }
  const { awsResources } = validated;
  if (
    awsResources.backend === "identity-center" &&
    (awsResources.permissionSet || awsResources.productionPermissionSet) &&
    awsResources.identity.adoptedUserId === undefined &&
    args.identityCenterUserId === undefined
  ) {
    refuse(
      `engagement "${name}" uses Identity Center but has no identityCenterUserId; declare the person's aws.identitystore.User in the stack and pass its userId, or set contractor.identityCenterUserId to adopt an existing user`,
    );
  }
  const rotation = keyRotationPeriod(plan.window.start, now, plan.aws.keyRotationDays, plan.timeZone);
  return { validated, rotation, now };
}
