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

/**
 * Gathers the credentials into one output that is always secret, whether or
 * not the provider marks each value (the mock engine, for one, does not), so
 * no credential can reach a plain stack output or log.
 */
export function engagementCredentials(identity: AwsIdentity): pulumi.Output<EngagementCredentials> {
  const { user, loginProfile, accessKey } = identity;
  return pulumi.secret(
    pulumi
      .all([
        user.name,
        loginProfile?.password,
        loginProfile?.encryptedPassword,
        accessKey?.id,
        accessKey?.secret,
        accessKey?.encryptedSecret,
      ])
      .apply(([userName, password, encryptedPassword, keyId, secret, encryptedSecret]) => {
        const credentials: Record<string, string> = { userName };
        const set = (key: keyof EngagementCredentials, value: string | undefined) => {
          if (value) credentials[key] = value;
        };
        set("consolePassword", password);
        set("encryptedConsolePassword", encryptedPassword);
        set("accessKeyId", keyId);
        set("secretAccessKey", secret);
        set("encryptedSecretAccessKey", encryptedSecret);
        return credentials as unknown as EngagementCredentials;
      }),
  );
}
