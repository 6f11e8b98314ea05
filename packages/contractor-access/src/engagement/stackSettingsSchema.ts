import { z } from "zod";
import { expandIamActionPattern } from "../limits/iamActionCatalog";
import type { LimitViolation } from "../limits/limitViolation";
import { checkS3BucketName, checkS3KeyPrefix } from "../limits/s3Names";
import { checkSecretArn } from "../limits/secretArn";
import { iamActionPatternCovers } from "./iamActionPattern";

/**
 * Actions that read data rather than describe infrastructure. The production
 * `read` level must not grant any of them: "read production" means logs,
 * metrics and configuration, while data goes through the masked data lane.
 */
export const DATA_READ_ACTIONS = [
  "s3:GetObject",
  "s3:GetObjectVersion",
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:Scan",
  "dynamodb:ExecuteStatement",
  "rds-data:ExecuteStatement",
  "secretsmanager:GetSecretValue",
  "ssm:GetParameter",
  "ssm:GetParameters",
  "kms:Decrypt",
  "athena:GetQueryResults",
  "kinesis:GetRecords",
  "sqs:ReceiveMessage",
  // Reads at IAM's Read level that return secrets, credentials or code: a
  // maintained list, since AWS's access levels do not say what a read returns.
  "ssm:GetParametersByPath",
  "ssm:GetParameterHistory",
  "secretsmanager:BatchGetSecretValue",
  "lambda:GetFunction",
  "lambda:GetFunctionConfiguration",
  "ecs:DescribeTaskDefinition",
  "ec2:GetPasswordData",
  "ecr:GetAuthorizationToken",
  "ecr:GetDownloadUrlForLayer",
  "ecr:BatchGetImage",
  "glue:GetConnection",
  "glue:GetConnections",
  "rds:DownloadDBLogFilePortion",
  "cloudformation:GetTemplate",
] as const;

/** Services whose actions production `operate` never grants: they change who can do what. */
export const OPERATE_REFUSED_SERVICES = ["iam", "sts", "organizations", "account"] as const;

const READ_LEVELS = new Set(["List", "Read"]);

function isServiceWide(pattern: string): boolean {
  return pattern === "*" || /^[^:]+:\*$/.test(pattern);
}

/**
 * `read` is an allowlist: each pattern names real actions, all of AWS's List
 * or Read access level, none of them a read of data or secrets, and none a
 * service-wide wildcard (which would take in every future action too).
 */
function readProblems(pattern: string): string[] {
  if (isServiceWide(pattern)) {
    return [`"${pattern}" grants a whole service; list the read actions one by one, such as logs:GetLogEvents`];
  }
  const actions = expandIamActionPattern(pattern);
  if (actions.length === 0) return [`"${pattern}" matches no IAM action; check its spelling`];
  const writes = actions.filter(({ accessLevel }) => !READ_LEVELS.has(accessLevel));
  const data = actions.filter(({ action }) => DATA_READ_ACTIONS.some((read) => iamActionPatternCovers(read, action)));
  return [
    ...(writes.length > 0
      ? [
          `"${pattern}" covers ${writes.map(({ action, accessLevel }) => `${action} (${accessLevel})`).join(", ")}; production read allows only List and Read actions`,
        ]
      : []),
    ...(data.length > 0
      ? [
          `"${pattern}" reads data (${data.map(({ action }) => action).join(", ")}); production read access must not include data reads, which go through the masked data lane`,
        ]
      : []),
  ];
}

/** `operate` may change services, never identities: no `*`, no IAM, STS, Organizations or account actions. */
function operateProblems(pattern: string): string[] {
  if (pattern === "*") return ['"*" grants every action; list the actions the task needs, such as ecs:UpdateService'];
  const service = pattern.split(":")[0]?.toLowerCase() ?? "";
  if ((OPERATE_REFUSED_SERVICES as readonly string[]).includes(service)) {
    return [
      `"${pattern}" is an ${service} action; production operate never changes identities, roles or accounts (a session could give itself access that outlives the window)`,
    ];
  }
  return expandIamActionPattern(pattern).length === 0 ? [`"${pattern}" matches no IAM action; check its spelling`] : [];
}

function actionProblems(check: (pattern: string) => string[]) {
  return (set: { actions: string[] }, ctx: z.RefinementCtx) => {
    for (const [index, pattern] of set.actions.entries()) {
      for (const message of check(pattern)) ctx.addIssue({ code: "custom", path: ["actions", index], message });
    }
  };
}

const slug = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, "must be a lowercase slug of [a-z0-9-]");

const permissionSet = z.strictObject({
  actions: z
    .array(z.string().regex(/^([a-z0-9-]+:[A-Za-z0-9*?]+|\*)$/, "must be an IAM action such as logs:GetLogEvents"))
    .min(1),
  resources: z.array(z.string().min(1)).min(1).default(["*"]),
});

/** Default production permissions: operational visibility for `read`, service restarts for `operate`. */
export const DEFAULT_PRODUCTION_ACCESS = {
  read: {
    actions: [
      "cloudwatch:DescribeAlarms",
      "cloudwatch:GetMetricData",
      "cloudwatch:ListMetrics",
      "logs:DescribeLogGroups",
      "logs:DescribeLogStreams",
      "logs:FilterLogEvents",
      "logs:GetLogEvents",
      "logs:StartQuery",
      "logs:GetQueryResults",
      "ecs:DescribeServices",
      "ecs:DescribeTasks",
      "ecs:ListServices",
      "ecs:ListTasks",
    ],
    resources: ["*"],
  },
  operate: {
    actions: ["ecs:UpdateService", "ecs:StopTask"],
    resources: ["*"],
  },
};

/** The longest dataset prefix the catalog accepts: 20 datasets with prefixes this long still fit IAM's limits. */
export const DATASET_PREFIX_MAX = 256;

/** The longest secret ARN the catalog accepts (Secrets Manager names have at most 512 characters). */
export const SECRET_ARN_MAX = 600;

/**
 * Turns a limits check into a zod refinement: each violation becomes an
 * issue with the check's own sentence (what the service allows and why).
 */
function refuseViolations(check: (value: string, resource: string) => readonly LimitViolation[]) {
  return (value: string, ctx: z.RefinementCtx) => {
    for (const violation of check(value, "")) ctx.addIssue({ code: "custom", message: violation.message });
  };
}

// A key ARN, not an alias: IAM matches kms:Decrypt against the key's ARN, so a
// grant on an alias ARN would never allow a decryption.
const kmsKeyArn = z
  .string()
  .regex(
    /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/,
    "must be a KMS key ARN such as arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias)",
  );

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "must be an IANA timezone such as UTC or Europe/Berlin");

// An SNS topic ARN (SNS API reference: topic names are 1-256 of [A-Za-z0-9_-], ".fifo" for FIFO topics).
const SNS_TOPIC_ARN = /^arn:aws(?:-[a-z]+)*:sns:[a-z]{2}(?:-[a-z]+)+-\d:\d{12}:[A-Za-z0-9_-]{1,256}(?:\.fifo)?$/;

const alerts = z
  .strictObject({
    topicArn: z
      .string()
      .regex(SNS_TOPIC_ARN, "must be an SNS topic ARN such as arn:aws:sns:eu-west-1:123456789012:contractor-alerts")
      .optional(),
    emailOwners: z.literal(true).optional(),
  })
  .refine((value) => (value.topicArn === undefined) !== (value.emailOwners === undefined), {
    message:
      "set exactly one of topicArn (an SNS topic of yours, whose policy lets events.amazonaws.com publish) and emailOwners: true (a topic the stack creates, with the owners' email subscriptions)",
  });

/** Sessions of an engagement's Identity Center permission set last at most this long unless the stack says otherwise. */
export const IDENTITY_CENTER_SESSION_HOURS_DEFAULT = 4;

// The Identity Center instance and the account contractors work in (IAM Identity
// Center API reference: InstanceArn, IdentityStoreId, AccountAssignment.TargetId).
const identityCenter = z.strictObject({
  instanceArn: z
    .string()
    .regex(
      /^arn:aws(?:-[a-z]+)*:sso:::instance\/(?:sso)?ins-[a-zA-Z0-9-.]{16}$/,
      "must be an Identity Center instance ARN such as arn:aws:sso:::instance/ssoins-1234567890abcdef (IAM Identity Center, Settings)",
    ),
  identityStoreId: z
    .string()
    .regex(
      /^(?:d-[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
      "must be an identity store id such as d-1234567890 (IAM Identity Center, Settings)",
    ),
  accountId: z.string().regex(/^\d{12}$/, "must be the 12-digit id of the AWS account contractors work in"),
  // Identity Center accepts PT1H to PT12H; an engagement's sessions are kept short.
  sessionHours: z.int().min(1).max(12).default(IDENTITY_CENTER_SESSION_HOURS_DEFAULT),
});

/** The zod schema of the stack-level settings, read from the `contractorAccess:` namespace of Pulumi stack config. */
export const stackSettingsSchema = z
  .strictObject({
    githubOrg: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "must be a GitHub organization login"),
    internalDomains: z
      .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be a lowercase email domain such as acme.example"))
      .min(1, "list at least one internal email domain"),
    timezone: timeZone.default("UTC"),
    maxEngagementDays: z.int().min(1).default(90),
    maxProductionHours: z.number().positive().default(8),
    // On-call production is standing emergency access: kept short.
    maxOnCallDays: z.int().min(1).default(14),
    maxKeyRotationDays: z.int().min(1).default(90),
    reviewIntervalDays: z.int().min(1).default(30),
    reviewGraceDays: z.int().min(0).max(30).default(3),
    upcomingLeadDays: z.int().min(0).default(0),
    // How far ahead the review and the report look for ends and reviews due.
    noticeDays: z.int().min(0).default(5),
    // Hours from the start during which an MFA device may be enrolled without MFA.
    mfaEnrollmentHours: z.int().min(1).max(72).default(24),
    // The account's adjustable IAM quotas, when AWS has raised them (IAM User Guide, "IAM and AWS STS quotas").
    iamQuotas: z
      .strictObject({
        roleTrustPolicyCharacters: z.int().min(2048).max(4096).default(2048),
        managedPoliciesPerUser: z.int().min(10).max(20).default(10),
        managedPoliciesPerRole: z.int().min(10).max(20).default(10),
      })
      .default({ roleTrustPolicyCharacters: 2048, managedPoliciesPerUser: 10, managedPoliciesPerRole: 10 }),
    datasets: z
      .record(
        slug,
        z.strictObject({
          classification: z.enum(["masked", "live"]),
          bucket: z.string().superRefine(refuseViolations(checkS3BucketName)),
          prefix: z
            .string()
            .max(
              DATASET_PREFIX_MAX,
              `must be at most ${DATASET_PREFIX_MAX} characters, so the grants fit IAM's policy size`,
            )
            .superRefine(refuseViolations(checkS3KeyPrefix)),
          description: z.string().optional(),
          kmsKeyArn: kmsKeyArn.optional(),
        }),
      )
      .default({}),
    sharedSecrets: z
      .record(
        slug,
        z.strictObject({
          arn: z
            .string()
            .max(SECRET_ARN_MAX, `must be at most ${SECRET_ARN_MAX} characters`)
            .superRefine(refuseViolations(checkSecretArn)),
          description: z.string().optional(),
          kmsKeyArn: kmsKeyArn.optional(),
          // generated: the stack writes a new random value when a reader loses access;
          // manual: the value comes from elsewhere (an API key), and the report asks a person to rotate it.
          rotation: z.enum(["generated", "manual"]).default("generated"),
        }),
      )
      .default({}),
    production: z
      .strictObject({
        read: permissionSet.superRefine(actionProblems(readProblems)),
        operate: permissionSet.superRefine(actionProblems(operateProblems)),
      })
      .default(DEFAULT_PRODUCTION_ACCESS),
    // Where each engagement's activity alerts go; without it there are none, and plan warns.
    alerts: alerts.optional(),
    // iam-user: a per-engagement IAM user; identity-center: permission sets assigned to an Identity Store user.
    identity: z.enum(["iam-user", "identity-center"]).default("iam-user"),
    identityCenter: identityCenter.optional(),
  })
  .superRefine((settings, ctx) => {
    if (settings.identity === "identity-center" && settings.identityCenter === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["identityCenter"],
        message:
          "is required with identity: identity-center; set instanceArn, identityStoreId and accountId (IAM Identity Center, Settings)",
      });
    }
    if (settings.identity === "iam-user" && settings.identityCenter !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["identityCenter"],
        message:
          "is set but identity is iam-user, so it would be ignored; set identity: identity-center to use it, or remove it",
      });
    }
  });

// The public types live in ./stackSettingsTypes (plain interfaces, no zod in declarations).
export type { StackSettings, StackSettingsInput } from "./stackSettingsTypes";
