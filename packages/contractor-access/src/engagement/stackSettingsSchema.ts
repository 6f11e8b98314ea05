import { z } from "zod";
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
] as const;

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

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "must be an IANA timezone such as UTC or Europe/Berlin");

/** The zod schema of the stack-level settings, read from the `contractorAccess:` namespace of Pulumi stack config. */
export const stackSettingsSchema = z.strictObject({
  githubOrg: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "must be a GitHub organization login"),
  internalDomains: z
    .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be a lowercase email domain such as acme.example"))
    .min(1, "list at least one internal email domain"),
  timezone: timeZone.default("UTC"),
  maxEngagementDays: z.int().min(1).default(90),
  maxProductionHours: z.number().positive().default(8),
  maxKeyRotationDays: z.int().min(1).default(90),
  reviewIntervalDays: z.int().min(1).default(30),
  upcomingLeadDays: z.int().min(0).default(0),
  // How far ahead the review and the report look for ends and reviews due.
  noticeDays: z.int().min(0).default(7),
  datasets: z
    .record(
      slug,
      z.strictObject({
        classification: z.enum(["masked", "live"]),
        bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name"),
        prefix: z
          .string()
          .regex(/^([A-Za-z0-9!_.*'()-]+\/)+$/, 'must be an S3 key prefix ending in "/", such as masked/orders/'),
        description: z.string().optional(),
      }),
    )
    .default({}),
  sharedSecrets: z
    .record(
      slug,
      z.strictObject({
        arn: z
          .string()
          .regex(/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/, "must be a Secrets Manager secret ARN"),
        description: z.string().optional(),
        // generated: the stack writes a new random value when a reader loses access;
        // manual: the value comes from elsewhere (an API key), and the report asks a person to rotate it.
        rotation: z.enum(["generated", "manual"]).default("generated"),
      }),
    )
    .default({}),
  production: z
    .strictObject({
      read: permissionSet.superRefine((set, ctx) => {
        for (const [index, pattern] of set.actions.entries()) {
          const covered = DATA_READ_ACTIONS.filter((action) => iamActionPatternCovers(pattern, action));
          if (covered.length > 0) {
            ctx.addIssue({
              code: "custom",
              path: ["actions", index],
              message: `"${pattern}" reads data (${covered.join(", ")}); production read access must not include data reads, which go through the masked data lane`,
            });
          }
        }
      }),
      operate: permissionSet,
    })
    .default(DEFAULT_PRODUCTION_ACCESS),
});

// The public types live in ./stackSettingsTypes (plain interfaces, no zod in declarations).
export type { StackSettings, StackSettingsInput } from "./stackSettingsTypes";
