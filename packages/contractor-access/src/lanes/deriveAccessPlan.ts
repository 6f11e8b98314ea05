import { addHours, min } from "date-fns";
import type { ResolvedWindow } from "../dates/resolveWindow";
import { resolveWindow } from "../dates/resolveWindow";
import type { Engagement } from "../engagement/engagementTypes";
import type { StackSettings } from "../engagement/stackSettingsTypes";
import type { PolicyStatement } from "../iam/policyDocument";
import { accessEnd } from "./accessEnd";
import type {
  AccessPlan,
  CodeLanePlan,
  DataLanePlan,
  IdentityPlan,
  ProductionLanePlan,
  SharedSecretsPlan,
} from "./accessPlan";
import { engagementNames } from "./engagementNames";
import { kmsDecryptStatement } from "./kmsDecryptStatement";

function codeLane(engagement: Engagement): CodeLanePlan | undefined {
  const code = engagement.lanes.code;
  if (!code) return undefined;
  const repositories = code.repositories.map(({ name, permission }) => {
    // The rules refuse these first; this guards callers that skipped validation.
    if (permission === "maintain" || permission === "admin") {
      throw new RangeError(`lanes.code.repositories: ${name} asks for ${permission}; at most push is granted`);
    }
    return { name, permission };
  });
  if (!engagement.contractor.github) {
    throw new RangeError("contractor.github is required when the code lane lists repositories");
  }
  return { githubUsername: engagement.contractor.github, repositories };
}

function catalogEntry<T>(catalog: Readonly<Record<string, T>>, name: string, what: string): T {
  const entry = catalog[name];
  if (!entry) throw new RangeError(`${what} "${name}" is not in the stack's catalog`);
  return entry;
}

function dataLane(engagement: Engagement, settings: StackSettings): DataLanePlan | undefined {
  const data = engagement.lanes.data;
  if (!data) return undefined;
  const datasets = data.datasets.map((name) => ({ name, ...catalogEntry(settings.datasets, name, "dataset") }));
  // List only under the prefix, read only the objects under it: nothing else in the bucket.
  // Sids by position, not by name: IAM allows only [A-Za-z0-9] and names such as
  // "orders-2" and "orders2" would collide once cleaned.
  const statements = datasets.flatMap(({ bucket, prefix, kmsKeyArn }, index): PolicyStatement[] => [
    {
      Sid: `Dataset${index + 1}List`,
      Effect: "Allow",
      Action: "s3:ListBucket",
      Resource: `arn:aws:s3:::${bucket}`,
      Condition: { StringLike: { "s3:prefix": [prefix, `${prefix}*`] } },
    },
    {
      Sid: `Dataset${index + 1}Read`,
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: `arn:aws:s3:::${bucket}/${prefix}*`,
    },
    ...(kmsKeyArn
      ? [
          kmsDecryptStatement(`Dataset${index + 1}Decrypt`, kmsKeyArn, {
            service: "s3",
            context: { "aws:s3:arn": [`arn:aws:s3:::${bucket}/${prefix}*`, `arn:aws:s3:::${bucket}`] },
          }),
        ]
      : []),
  ]);
  return {
    datasets: datasets.map(({ name, classification, bucket, prefix, kmsKeyArn }) => ({
      name,
      classification,
      bucket,
      prefix,
      kmsKeyArn,
    })),
    statements,
  };
}

/** A window cut short at `end`: empty (start after end, so every instant is denied) when `end` comes first. */
function cutAt(window: ResolvedWindow, end: Date): ResolvedWindow {
  return { start: window.start, end: min([window.end, end]) };
}

function productionLane(
  engagement: Engagement,
  settings: StackSettings,
  accessEnds: Date,
): ProductionLanePlan | undefined {
  const production = engagement.lanes.production;
  if (!production) return undefined;
  const { read, operate } = settings.production;
  // On call (or, in an invalid window-mode lane the rules refuse, no window): the engagement's own window.
  const window = resolveWindow(
    production.mode === "window" && production.window ? production.window : engagement.window,
    settings.timezone,
  );
  const statements: PolicyStatement[] = [
    { Sid: "ProductionRead", Effect: "Allow", Action: read.actions, Resource: read.resources },
    ...(production.access === "operate"
      ? [{ Sid: "ProductionOperate", Effect: "Allow", Action: operate.actions, Resource: operate.resources } as const]
      : []),
  ];
  return {
    mode: production.mode,
    access: production.access,
    window,
    // The role's trust and permission policies end with the engagement's
    // access too, so a revocation also stops production sessions already issued.
    accessWindow: cutAt(window, accessEnds),
    approvedBy: production.approvedBy,
    approval: production.approval,
    operateApprovedBy: production.operateApprovedBy,
    reason: production.reason,
    statements,
    maxSessionSeconds: 3600,
  };
}

function sharedSecrets(engagement: Engagement, settings: StackSettings): SharedSecretsPlan | undefined {
  if (engagement.sharedSecrets.length === 0) return undefined;
  const secrets = engagement.sharedSecrets.map((name) => {
    const { arn, kmsKeyArn } = catalogEntry(settings.sharedSecrets, name, "shared secret");
    return { name, arn, kmsKeyArn };
  });
  return {
    secrets,
    // One statement per secret, so that the grants can be split across managed policies.
    statements: secrets.flatMap(({ arn, kmsKeyArn }, index): PolicyStatement[] => [
      { Sid: `SharedSecret${index + 1}Read`, Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: arn },
      ...(kmsKeyArn
        ? [
            kmsDecryptStatement(`SharedSecret${index + 1}Decrypt`, kmsKeyArn, {
              service: "secretsmanager",
              context: { SecretARN: [arn] },
            }),
          ]
        : []),
    ]),
  };
}

function identityPlan(engagement: Engagement, settings: StackSettings): IdentityPlan {
  const center = settings.identityCenter;
  if (settings.identity !== "identity-center" || !center) return { backend: "iam-user" };
  return {
    backend: "identity-center",
    instanceArn: center.instanceArn,
    identityStoreId: center.identityStoreId,
    accountId: center.accountId,
    sessionHours: center.sessionHours,
    sessionDuration: `PT${center.sessionHours}H`,
    productionSessionDuration: "PT1H",
    userName: engagement.contractor.email,
    adoptedUserId: engagement.contractor.identityCenterUserId,
  };
}

/**
 * Derives what an engagement grants, lane by lane, and until when. Pure and
 * Pulumi-free: the component declares exactly this, and the review prints it.
 *
 * @param engagement An engagement that passed validation (`validateEngagements`).
 * @param settings The stack settings it was validated against.
 * @throws {RangeError} when the engagement asks for something validation
 *   refuses (an unknown dataset, admin on a repository); validate first.
 * @example
 * const plan = deriveAccessPlan(engagement, settings);
 * plan.data?.datasets.map((d) => `s3://${d.bucket}/${d.prefix}`);
 */
export function deriveAccessPlan(engagement: Engagement, settings: StackSettings): AccessPlan {
  const window = resolveWindow(engagement.window, settings.timezone);
  const enrollmentEnds = addHours(window.start, settings.mfaEnrollmentHours);
  const identity = identityPlan(engagement, settings);
  const portal = identity.backend === "identity-center";
  const ends = accessEnd(engagement, window, {
    timeZone: settings.timezone,
    reviewIntervalDays: settings.reviewIntervalDays,
    reviewGraceDays: settings.reviewGraceDays,
  });
  return {
    engagement,
    names: engagementNames(engagement.id),
    window,
    accessEnd: ends,
    accessWindow: cutAt(window, ends.at),
    timeZone: settings.timezone,
    code: codeLane(engagement),
    data: dataLane(engagement, settings),
    production: productionLane(engagement, settings, ends.at),
    sharedSecrets: sharedSecrets(engagement, settings),
    identity,
    aws: {
      // Identity Center: the access portal is the console, and there are no long-term keys.
      console: portal || engagement.aws.console,
      accessKeys: !portal && engagement.aws.accessKeys,
      keyRotationDays: engagement.aws.keyRotationDays,
      pgpKey: engagement.contractor.pgpKey,
      mfaEnrollmentEnds: min([enrollmentEnds, ends.at]),
    },
  };
}
