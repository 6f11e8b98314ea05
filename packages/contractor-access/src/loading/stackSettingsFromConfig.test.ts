import { describe, expect, test } from "vitest";
import { configFromPulumiConfigJson, configFromRuntime, configFromStackFile, configTexts } from "./programConfig";
import { stackSettingsFromConfig } from "./stackSettingsFromConfig";

const FILE = "Pulumi.dev.yaml";
const PROJECT = "contractor-access";
const BASE = { "contractorAccess:githubOrg": "acme", "contractorAccess:internalDomains": ["acme.example"] };

/** Reads a stack file's config map as plan does. */
function fromFile(config: Record<string, unknown>) {
  return stackSettingsFromConfig(configFromStackFile({ ...BASE, ...config }), FILE, PROJECT);
}

describe("stackSettingsFromConfig: values read as pulumi.Config reads them", () => {
  test.each([
    ["a YAML number", { "contractorAccess:maxEngagementDays": 120 }, { maxEngagementDays: 120 }],
    [
      "what `pulumi config set … 120` writes: the string",
      { "contractorAccess:maxEngagementDays": "120" },
      { maxEngagementDays: 120 },
    ],
    [
      "a decimal string, as getNumber parses it",
      { "contractorAccess:maxProductionHours": "1.5" },
      { maxProductionHours: 1.5 },
    ],
    [
      "a list as JSON text (what `pulumi config set` with a JSON value writes)",
      { "contractorAccess:internalDomains": '["acme.example","acme.io"]' },
      { internalDomains: ["acme.example", "acme.io"] },
    ],
    [
      "objects and lists built with `pulumi config set --path`",
      {
        "contractorAccess:datasets": {
          "masked-orders": { classification: "masked", bucket: "acme-analytics", prefix: "masked/orders/" },
        },
      },
      {
        datasets: {
          "masked-orders": { classification: "masked", bucket: "acme-analytics", prefix: "masked/orders/" },
        },
      },
    ],
    [
      "the identity backend as `pulumi config set contractorAccess:identity identity-center` writes it, and its instance as an object",
      {
        "contractorAccess:identity": "identity-center",
        "contractorAccess:identityCenter": {
          instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef",
          identityStoreId: "d-1234567890",
          accountId: "123456789012",
        },
      },
      {
        identity: "identity-center",
        identityCenter: {
          instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef",
          identityStoreId: "d-1234567890",
          accountId: "123456789012",
          sessionHours: 4,
        },
      },
    ],
    [
      "a string that looks like a number stays a string where text is expected",
      { "contractorAccess:githubOrg": "1234" },
      { githubOrg: "1234" },
    ],
  ])("%s", (_name, config, expected) => {
    const result = fromFile(config);
    expect(result.ok && result.settings).toMatchObject(expected);
  });

  test.each([
    [
      "a number that is not one",
      { "contractorAccess:maxEngagementDays": "ninety" },
      'Pulumi.dev.yaml: contractorAccess:maxEngagementDays: must be a number, not "ninety"',
    ],
    [
      "a secret at the top",
      { "contractorAccess:githubOrg": { secure: "v1:abc" } },
      "Pulumi.dev.yaml: contractorAccess:githubOrg: is a secret (secure:), which plan cannot decrypt offline, and no contractor-access setting needs to be secret; set it with `pulumi config set contractorAccess:githubOrg …` without --secret, or pass the output of `pulumi config --json --show-secrets` as --config",
    ],
    [
      "a secret nested in an object (`pulumi config set --path --secret`)",
      { "contractorAccess:sharedSecrets": { "stripe-key": { arn: { secure: "v1:abc" } } } },
      "Pulumi.dev.yaml: contractorAccess:sharedSecrets: is a secret (secure:), which plan cannot decrypt offline, and no contractor-access setting needs to be secret; set it with `pulumi config set contractorAccess:sharedSecrets …` without --secret, or pass the output of `pulumi config --json --show-secrets` as --config",
    ],
    [
      "a setting in the project's namespace (what `pulumi config set maxEngagementDays 120` writes)",
      { "contractor-access:maxEngagementDays": "120" },
      "Pulumi.dev.yaml: contractor-access:maxEngagementDays: is in the project's namespace, where contractor-access never reads it; move it: `pulumi config rm maxEngagementDays`, then `pulumi config set contractorAccess:maxEngagementDays …`",
    ],
  ])("refused: %s", (_name, config, expected) => {
    const result = fromFile(config);
    expect(
      result.ok ? [] : result.diagnostics.map((d) => `${d.file}: ${String(d.path[0])}: ${d.message}`),
    ).toStrictEqual([expected]);
  });

  test("another key in the project's namespace is the project's own business", () => {
    expect(fromFile({ "contractor-access:somethingElse": "x" }).ok).toBe(true);
  });

  test("github:owner that differs from githubOrg is a warning", () => {
    const result = fromFile({ "github:owner": "acme-labs" });
    expect(result.ok && result.warnings.map((warning) => warning.message)).toStrictEqual([
      'is "acme-labs" but contractorAccess:githubOrg is "acme": the GitHub provider manages teams in github:owner\'s organization, while the review and the memberships name githubOrg; make them the same',
    ]);
    const same = fromFile({ "github:owner": "Acme" });
    expect(same.ok && same.warnings).toStrictEqual([]);
  });
});

describe("plan and the program read the same config the same way", () => {
  const files: Record<string, unknown>[] = [
    {},
    { "contractorAccess:maxEngagementDays": "120", "contractorAccess:timezone": "Europe/Berlin" },
    { "contractorAccess:maxEngagementDays": "ninety" },
    { "contractorAccess:internalDomains": "acme.example" },
    { "contractorAccess:upcomingLeadDays": 2, "contractorAccess:noticeDays": "3", "github:owner": "other" },
  ];
  test.each(files)("%o", (config) => {
    const stackFile = configFromStackFile({ ...BASE, ...config });
    // The program receives the text the CLI hands over; plan reads the file.
    const asPlanReads = stackSettingsFromConfig(stackFile, FILE, PROJECT);
    const asProgramReads = stackSettingsFromConfig(configFromRuntime(configTexts(stackFile)), FILE, PROJECT);
    expect(asProgramReads).toStrictEqual(asPlanReads);
  });

  test("`pulumi config --json` output reads like the stack file it came from", () => {
    const json = configFromPulumiConfigJson({
      "contractorAccess:githubOrg": { value: "acme", secret: false },
      "contractorAccess:internalDomains": { value: '["acme.example"]', objectValue: ["acme.example"], secret: false },
      "contractorAccess:maxEngagementDays": { value: "120", secret: false },
    });
    expect(stackSettingsFromConfig(json, "config.json", PROJECT)).toStrictEqual(
      stackSettingsFromConfig(
        configFromStackFile({ ...BASE, "contractorAccess:maxEngagementDays": "120" }),
        "config.json",
        PROJECT,
      ),
    );
  });

  test("a secret left blinded in `pulumi config --json` is named", () => {
    const json = configFromPulumiConfigJson({
      "contractorAccess:githubOrg": { secret: true },
      "contractorAccess:internalDomains": { value: '["acme.example"]', secret: false },
    });
    const result = stackSettingsFromConfig(json, "config.json", PROJECT);
    expect(result.ok ? [] : result.diagnostics.map((d) => d.path)).toStrictEqual([["contractorAccess:githubOrg"]]);
  });
});
