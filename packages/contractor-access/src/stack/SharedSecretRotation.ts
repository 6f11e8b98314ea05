import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { COMPONENT_TYPES } from "../contract/names";
import type { SharedSecretRotationPlan } from "../lifecycle/sharedSecretRotationPlans";

/**
 * A stack-managed shared secret: a random value, kept on the sorted set of
 * engagements that may read it now, written as a new Secrets Manager version
 * (which takes `AWSCURRENT`). Whenever that set changes (a reader ends, is
 * deleted while active, or stops listing the secret; or a reader joins), the
 * keeper changes, the value is replaced and a new version is written, so no
 * value a former reader saw stays current.
 *
 * `pulumi destroy`, or removing the secret from the catalog, deletes this
 * component but cannot rotate: Secrets Manager keeps the last version as
 * `AWSCURRENT`. The offboarding checklist says so.
 *
 * Type token: `contractor-access:index:SharedSecretRotation`.
 */
export class SharedSecretRotation extends pulumi.ComponentResource {
  public readonly value: random.RandomPassword;
  public readonly version: aws.secretsmanager.SecretVersion;

  constructor(name: string, rotation: SharedSecretRotationPlan, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT_TYPES.sharedSecretRotation, name, {}, opts);
    this.value = new random.RandomPassword(
      `${name}-value`,
      { length: 40, special: false, keepers: { readers: rotation.readers.join(",") || "none" } },
      { parent: this },
    );
    this.version = new aws.secretsmanager.SecretVersion(
      `${name}-version`,
      { secretId: rotation.arn, secretString: this.value.result },
      { parent: this },
    );
    this.registerOutputs({ versionId: this.version.versionId });
  }
}
