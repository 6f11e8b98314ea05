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
 */
export function engagementCredentials(identity: AwsIdentity): pulumi.Output<EngagementCredentials> {
  const { user, loginProfile, accessKey } = identity;
  // The values of the resources that exist, in the order the keys are set.
  const fields: [CredentialKey, pulumi.Output<string | undefined>][] = [];
  const field = (key: CredentialKey, value: pulumi.Output<string | undefined> | undefined) => {
    if (value) fields.push([key, value]);
  };
  field("consolePassword", loginProfile?.password);
  field("encryptedConsolePassword", loginProfile?.encryptedPassword);
  field("accessKeyId", accessKey?.id);
  field("secretAccessKey", accessKey?.secret);
  field("encryptedSecretAccessKey", accessKey?.encryptedSecret);
  // Each value is applied inside the previous one rather than gathered with
  // pulumi.all, which first copies every output into a new one: a third fewer
  // promises, about 150 an engagement. Empty values are left out.
  const gather = (credentials: EngagementCredentials, index: number): pulumi.Output<EngagementCredentials> => {
    const [key, output] = fields[index] as (typeof fields)[number];
    const add = (value: string | undefined): EngagementCredentials =>
      value ? { ...credentials, [key]: value } : credentials;
    return index === fields.length - 1 ? output.apply(add) : output.apply((value) => gather(add(value), index + 1));
  };
  const credentials =
    fields.length === 0
      ? user.name.apply((userName): EngagementCredentials => ({ userName }))
      : user.name.apply((userName) => gather({ userName }, 0));
  return pulumi.secret(credentials);
}
