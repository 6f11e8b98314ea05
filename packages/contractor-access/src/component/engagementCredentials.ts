import * as pulumi from "@pulumi/pulumi";
import type { AwsIdentity } from "./awsIdentity";

/** What a contractor needs to sign in. Without a PGP key the plain values are set; with one, the encrypted ones. */
export interface EngagementCredentials {
  readonly userName: string;
  readonly consolePassword?: string;
  readonly encryptedConsolePassword?: string;
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly encryptedSecretAccessKey?: string;
}

type CredentialKey = Exclude<keyof EngagementCredentials, "userName">;

/**
 * Gathers the credentials into one output that is always secret, whether or
 * not the provider marks each value (the mock engine, for one, does not), so
 * no credential can reach a plain stack output or log.
 *
 * @param userName The user's name as declared: a literal input, so known without waiting for the user.
 * @param encrypted Whether a PGP key was given: then only the encrypted password and secret exist.
 */
export function engagementCredentials(
  identity: AwsIdentity,
  userName: string,
  encrypted: boolean,
): pulumi.Output<EngagementCredentials> {
  const { loginProfile, accessKey } = identity;
  // Only the values that can exist, in the order the keys are set: with a PGP
  // key the provider returns the encrypted password and secret, and the plain
  // ones never; waiting on outputs that stay empty costs promises and nothing else.
  const fields: [CredentialKey, pulumi.Output<string | undefined>][] = [];
  const field = (key: CredentialKey, value: pulumi.Output<string | undefined> | undefined) => {
    if (value) fields.push([key, value]);
  };
  field(
    encrypted ? "encryptedConsolePassword" : "consolePassword",
    encrypted ? loginProfile?.encryptedPassword : loginProfile?.password,
  );
  field("accessKeyId", accessKey?.id);
  field(
    encrypted ? "encryptedSecretAccessKey" : "secretAccessKey",
    encrypted ? accessKey?.encryptedSecret : accessKey?.secret,
  );
  // Each value is applied inside the previous one rather than gathered with
  // pulumi.all, which first copies every output into a new one. Empty values are left out.
  const gather = (credentials: EngagementCredentials, index: number): pulumi.Output<EngagementCredentials> => {
    const [key, output] = fields[index] as (typeof fields)[number];
    const add = (value: string | undefined): EngagementCredentials =>
      value ? { ...credentials, [key]: value } : credentials;
    return index === fields.length - 1 ? output.apply(add) : output.apply((value) => gather(add(value), index + 1));
  };
  return pulumi.secret(fields.length === 0 ? pulumi.output({ userName }) : gather({ userName }, 0));
}
