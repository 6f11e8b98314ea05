import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { COMPONENT_TYPES } from "../contract/names";
import type { SharedSecretRotationPlan } from "../lifecycle/sharedSecretRotationPlans";

/**
 * A stack-managed shared secret: a random value, kept on the engagements
 * that have lost access, written as a new Secrets Manager version. When one
 * more reader's engagement ends, the keeper changes, the value is replaced
 * and a new version is written, so what the contractor saw stops working.
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
      { length: 40, special: false, keepers: { revokedReaders: rotation.revokedReaders.join(",") || "none" } },
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
