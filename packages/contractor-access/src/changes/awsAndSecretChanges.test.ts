import { IDENTITY_CENTER_SETTINGS_INPUT } from "../testing/fixtures";
import { keep, type Row, type Settings, testChangeRows } from "./changeRows.testing";

const rotatedSecret: Settings = {
  sharedSecrets: {
    "stripe-test-key": { arn: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-ZyXwVu" },
  },
};

const rows: Row[] = [
  [
    "console and keys switched on",
    (e) => Object.assign(e, { aws: { console: false, accessKeys: false } }),
    keep,
    [
      { kind: "widened", lane: "aws", message: "AWS console sign-in switched on" },
      { kind: "widened", lane: "aws", message: "AWS access keys switched on" },
    ],
  ],
  [
    "console and keys switched off",
    keep,
    (e) => Object.assign(e, { aws: { console: false, accessKeys: false } }),
    [
      { kind: "narrowed", lane: "aws", message: "AWS console sign-in switched off" },
      { kind: "narrowed", lane: "aws", message: "AWS access keys switched off" },
    ],
  ],
  [
    "key rotation",
    keep,
    (e) => Object.assign(e, { aws: { console: true, accessKeys: true, keyRotationDays: 60 } }),
    [{ kind: "changed", lane: "aws", message: "access keys rotate every 60 days instead of every 30 days" }],
  ],
  [
    "shared secret added",
    (e) => Object.assign(e, { sharedSecrets: [] }),
    keep,
    [{ kind: "added", lane: "sharedSecrets", message: "shared secret stripe-test-key added" }],
  ],
  [
    "shared secret removed",
    keep,
    (e) => Object.assign(e, { sharedSecrets: [] }),
    [{ kind: "removed", lane: "sharedSecrets", message: "shared secret stripe-test-key removed" }],
  ],
  [
    "shared secret with a new ARN",
    keep,
    keep,
    [
      {
        kind: "changed",
        lane: "sharedSecrets",
        message:
          "shared secret stripe-test-key is arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-ZyXwVu instead of arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-test-key-AbCdEf",
      },
    ],
    rotatedSecret,
  ],
  [
    "the stack moves to Identity Center: a new identity, and the keys go",
    keep,
    keep,
    [
      {
        kind: "changed",
        lane: "aws",
        message: "the AWS identity is Identity Center permission sets instead of an IAM user",
      },
      { kind: "narrowed", lane: "aws", message: "AWS access keys switched off" },
    ],
    IDENTITY_CENTER_SETTINGS_INPUT,
  ],
];

testChangeRows(rows);
