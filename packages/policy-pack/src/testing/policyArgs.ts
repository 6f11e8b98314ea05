import {
  type PolicyResource,
  type ResourceValidationArgs,
  type ResourceValidationPolicy,
  type StackValidationPolicy,
  unknownCheckingProxy,
} from "@pulumi/policy";

/** A resource as a test recorded it: the fields the mock engine's recorder keeps. */
export interface ResourceUnderTest {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  readonly inputs: Record<string, unknown>;
  readonly parent?: string;
  /** URNs of the resources this one depends on. */
  readonly dependencies?: readonly string[];
  /** The options the engine recorded; only these two reach rules as `opts`. */
  readonly options?: { readonly protect?: boolean | undefined; readonly retainOnDelete?: boolean | undefined };
}

/** The `opts` a rule sees: protect as the engine passes it, retainOnDelete only when a test sets it. */
function optionsOf(resource: ResourceUnderTest) {
  const { protect, retainOnDelete } = resource.options ?? {};
  return {
    ...OPTIONS,
    protect: protect ?? false,
    ...(retainOnDelete === undefined ? {} : { retainOnDelete }),
    parent: resource.parent,
  };
}

/** What a rule reported about one resource, or `applicable: false` when it passed over the resource type. */
export interface RuleOutcome {
  readonly applicable: boolean;
  readonly violations: readonly string[];
}

/** The engine's sentinel for a string input that is unknown during preview (from @pulumi/policy's proxy). */
export const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

class NotApplicable extends Error {}

const OPTIONS = {
  protect: false,
  ignoreChanges: [],
  aliases: [],
  customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
  additionalSecretOutputs: [],
};

type TypeChecks = Pick<ResourceValidationArgs, "isType" | "asType"> & Pick<PolicyResource, "asType">;

/** The type token a resource class or `validateResourceOfType` function carries, as the policy server reads it. */
function pulumiTypeOf(value: unknown): string | undefined {
  return (value as { __pulumiType?: string } | undefined)?.__pulumiType;
}

function typeChecks(type: string, props: Record<string, unknown>): TypeChecks {
  const isType = (resourceClass: unknown) => pulumiTypeOf(resourceClass) === type;
  const asType = (resourceClass: unknown) => (isType(resourceClass) ? props : undefined);
  return { isType, asType } as unknown as TypeChecks;
}

/**
 * Runs a resource rule the way the policy server does: the type filter on
 * `validateResourceOfType`, props behind the unknown-checking proxy, each
 * validation in turn, `notApplicable` caught.
 */
export async function runResourceRule(
  policy: ResourceValidationPolicy,
  resource: ResourceUnderTest,
  config: object = {},
): Promise<RuleOutcome> {
  const validations = [policy.validateResource ?? []].flat();
  const violations: string[] = [];
  let applicable = false;
  for (const validation of validations) {
    const pulumiType = pulumiTypeOf(validation);
    if (pulumiType && pulumiType !== resource.type) continue;
    const props = unknownCheckingProxy(structuredClone(resource.inputs));
    const args: ResourceValidationArgs = {
      type: resource.type,
      name: resource.name,
      urn: resource.urn,
      props,
      opts: optionsOf(resource),
      stackTags: new Map(),
      getConfig: <T extends object>() => config as T,
      notApplicable: (reason?: string) => {
        throw new NotApplicable(reason);
      },
      ...typeChecks(resource.type, props),
    };
    try {
      await validation(args, (message) => violations.push(message));
      applicable = true;
    } catch (error) {
      if (!(error instanceof NotApplicable)) throw error;
    }
  }
  return { applicable, violations };
}

/** Runs a stack rule over resources, with dependencies resolved to resource objects as the policy server does. */
export async function runStackRule(
  policy: StackValidationPolicy,
  resources: readonly ResourceUnderTest[],
  config: object = {},
): Promise<{ message: string; urn?: string }[]> {
  const byUrn = new Map<string, PolicyResource>();
  const built = resources.map((resource) => {
    const props = unknownCheckingProxy(structuredClone(resource.inputs));
    const policyResource: PolicyResource = {
      type: resource.type,
      name: resource.name,
      urn: resource.urn,
      props,
      opts: { ...OPTIONS, parent: resource.parent },
      dependencies: [],
      propertyDependencies: {},
      ...typeChecks(resource.type, props),
    };
    byUrn.set(resource.urn, policyResource);
    return { resource, policyResource };
  });
  for (const { resource, policyResource } of built) {
    policyResource.parent = resource.parent ? byUrn.get(resource.parent) : undefined;
    policyResource.dependencies = (resource.dependencies ?? []).flatMap((urn) => byUrn.get(urn) ?? []);
  }
  const violations: { message: string; urn?: string }[] = [];
  await policy.validateStack(
    {
      resources: built.map(({ policyResource }) => policyResource),
      stackTags: new Map(),
      getConfig: <T extends object>() => config as T,
      notApplicable: (reason?: string) => {
        throw new NotApplicable(reason);
      },
    },
    (message, urn) => violations.push(urn === undefined ? { message } : { message, urn }),
  );
  return violations;
}
