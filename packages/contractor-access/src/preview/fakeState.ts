import { createHash } from "node:crypto";

/** The account id every fake ARN uses. */
export const FAKE_ACCOUNT_ID = "123456789012";

function digest(text: string, length: number): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length).toUpperCase();
}

/**
 * The outputs a provider would compute for a resource, faked from its inputs
 * so that wiring (ARNs in trust policies, team ids in grants) resolves to
 * realistic, deterministic values without a cloud. Everything else echoes
 * the inputs.
 */
export function fakeState(type: string, name: string, inputs: Record<string, unknown>): Record<string, unknown> {
  const physical = String(inputs.name ?? name);
  const path = String(inputs.path ?? "/");
  const iamArn = (kind: string) => `arn:aws:iam::${FAKE_ACCOUNT_ID}:${kind}${path}${physical}`;
  switch (type) {
    case "aws:iam/user:User":
      return { ...inputs, arn: iamArn("user"), uniqueId: `AIDA${digest(name, 17)}` };
    case "aws:iam/role:Role":
      return { ...inputs, arn: iamArn("role"), uniqueId: `AROA${digest(name, 17)}` };
    case "aws:iam/policy:Policy":
      return { ...inputs, arn: iamArn("policy"), policyId: `ANPA${digest(name, 17)}` };
    case "aws:iam/accessKey:AccessKey":
      return inputs.pgpKey
        ? { ...inputs, encryptedSecret: `wcBMA-fake-encrypted-${digest(name, 12)}`, keyFingerprint: digest(name, 40) }
        : { ...inputs, secret: `fake-secret-${digest(name, 32)}` };
    case "aws:iam/userLoginProfile:UserLoginProfile":
      return inputs.pgpKey
        ? { ...inputs, encryptedPassword: `wcBMA-fake-encrypted-${digest(name, 12)}`, keyFingerprint: digest(name, 40) }
        : { ...inputs, password: `fake-password-${digest(name, 12)}` };
    case "github:index/team:Team":
      return { ...inputs, slug: physical.toLowerCase(), nodeId: `T_${digest(name, 12)}` };
    case "aws:sns/topic:Topic":
      return { ...inputs, arn: `arn:aws:sns:eu-west-1:${FAKE_ACCOUNT_ID}:${physical}` };
    case "aws:cloudwatch/eventRule:EventRule":
      return { ...inputs, arn: `arn:aws:events:eu-west-1:${FAKE_ACCOUNT_ID}:rule/${physical}` };
    case "random:index/randomPassword:RandomPassword":
      return { ...inputs, result: `fake-random-${digest(`${name}${JSON.stringify(inputs.keepers)}`, 24)}` };
    case "aws:identitystore/user:User": {
      // Identity Store user ids: the store's 10-hex-digit prefix and a GUID.
      const hex = digest(name, 42).toLowerCase();
      const guid = `${hex.slice(10, 18)}-${hex.slice(18, 22)}-${hex.slice(22, 26)}-${hex.slice(26, 30)}-${hex.slice(30, 42)}`;
      return { ...inputs, userId: `${hex.slice(0, 10)}-${guid}` };
    }
    case "aws:ssoadmin/permissionSet:PermissionSet": {
      const instance = String(inputs.instanceArn ?? "").split("/")[1] ?? "ssoins-0000000000000000";
      return { ...inputs, arn: `arn:aws:sso:::permissionSet/${instance}/ps-${digest(name, 16).toLowerCase()}` };
    }
    case "aws:secretsmanager/secretVersion:SecretVersion":
      return { ...inputs, versionId: digest(`${name}${JSON.stringify(inputs.secretString)}`, 32).toLowerCase() };
    default:
      return { ...inputs };
  }
}

/** The physical id a provider would return for a resource. */
export function fakeId(type: string, name: string, inputs: Record<string, unknown>): string {
  if (type === "aws:iam/accessKey:AccessKey") return `AKIA${digest(name, 16)}`;
  if (type === "github:index/team:Team") return String(Number.parseInt(digest(name, 7), 16));
  return String(inputs.name ?? `${name}-id`);
}
