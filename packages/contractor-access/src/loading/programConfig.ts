/**
 * One stack config value as the Pulumi CLI hands it to the program: always
 * text (objects, lists, numbers and booleans as JSON), or a secret whose
 * plaintext only the Pulumi CLI can produce.
 */
export type ConfigText =
  | { readonly text: string; readonly secret: boolean }
  | { readonly text: undefined; readonly secret: true };

/** A stack's config by full key (`namespace:name`), as the program receives it. */
export type ProgramConfig = Readonly<Record<string, ConfigText>>;

/** Pulumi writes an encrypted value as `{ secure: "v1:…" }`, at the top or nested in an object. */
function holdsSecure(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (!Array.isArray(value) && Object.keys(value).length === 1 && "secure" in value) return true;
  return Object.values(value).some(holdsSecure);
}

/**
 * The config map of a `Pulumi.<stack>.yaml` as the CLI passes it on: strings
 * as they are, everything else as JSON text, so that `pulumi config set key
 * 120` (which writes the string "120") and `key: 120` read the same. Values
 * holding `secure:` are secrets plan cannot decrypt.
 *
 * @example
 * configFromStackFile({ "contractorAccess:maxEngagementDays": 120 });
 * // { "contractorAccess:maxEngagementDays": { text: "120", secret: false } }
 */
export function configFromStackFile(config: Readonly<Record<string, unknown>>): ProgramConfig {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]): [string, ConfigText] => {
      if (holdsSecure(value)) return [key, { text: undefined, secret: true }];
      return [key, { text: typeof value === "string" ? value : JSON.stringify(value), secret: false }];
    }),
  );
}

/** One entry of `pulumi config --json`: `value` is missing for secrets unless `--show-secrets` was given. */
export interface PulumiConfigJsonEntry {
  readonly value?: string;
  readonly objectValue?: unknown;
  readonly secret?: boolean;
}

/**
 * The output of `pulumi config --json [--show-secrets]`, which has ESC
 * environments and secrets resolved by the CLI, as the program receives it.
 *
 * @example
 * configFromPulumiConfigJson({ "contractorAccess:githubOrg": { value: "acme", secret: false } });
 * // { "contractorAccess:githubOrg": { text: "acme", secret: false } }
 */
export function configFromPulumiConfigJson(json: Readonly<Record<string, PulumiConfigJsonEntry>>): ProgramConfig {
  return Object.fromEntries(
    Object.entries(json).map(([key, entry]): [string, ConfigText] => {
      const secret = entry.secret === true;
      if (typeof entry.value === "string") return [key, { text: entry.value, secret }];
      if (entry.objectValue !== undefined) return [key, { text: JSON.stringify(entry.objectValue), secret }];
      return [key, { text: undefined, secret: true }];
    }),
  );
}

/**
 * The config the running program sees (`pulumi.runtime.allConfig()`): plain
 * text, secrets already decrypted by the CLI.
 */
export function configFromRuntime(all: Readonly<Record<string, string>>): ProgramConfig {
  return Object.fromEntries(Object.entries(all).map(([key, text]) => [key, { text, secret: false }]));
}

/**
 * The text of each key, for `pulumi.runtime.setAllConfig` under the mock
 * engine: what the CLI would pass. Secrets plan cannot read are left out.
 */
export function configTexts(config: ProgramConfig): Record<string, string> {
  return Object.fromEntries(
    Object.entries(config).flatMap(([key, { text }]) => (text === undefined ? [] : [[key, text]])),
  );
}
