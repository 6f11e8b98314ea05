import * as pulumi from "@pulumi/pulumi";
import { version as pulumiVersion } from "@pulumi/pulumi/version";
import { fakeId, fakeState } from "./fakeState";
import { assertTestedPulumiVersion } from "./pulumiVersion";

/** The resource options the engine received, read from the registration request. */
export interface RecordedOptions {
  readonly protect: boolean | undefined;
  readonly retainOnDelete: boolean | undefined;
  /** Every dependency: explicit `dependsOn` and those implied by inputs. */
  readonly dependencies: readonly string[];
  /** Only the explicit `dependsOn` (dependencies no input accounts for). */
  readonly dependsOn: readonly string[];
  readonly deleteBeforeReplace: boolean;
  readonly additionalSecretOutputs: readonly string[];
  readonly replaceOnChanges: readonly string[];
  /** The explicit provider reference (`<provider urn>::<id>`); "" for the default provider. */
  readonly provider: string;
}

/** One resource registration as the engine saw it. */
export interface RecordedResource {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  /** The parent's URN; "" for resources at the top of the stack. */
  readonly parent: string;
  readonly custom: boolean;
  /** Inputs with secrets unwrapped; see `secretInputs` for which were secret. */
  readonly inputs: Record<string, unknown>;
  /** Names of the top-level inputs that were secret. */
  readonly secretInputs: readonly string[];
  readonly options: RecordedOptions;
}

/** A running mock engine and what it has recorded. */
export interface MockEngine {
  /** Every registration, in order. */
  readonly resources: RecordedResource[];
  /** Resolves once every registration so far has been answered. */
  settle(): Promise<void>;
}

/** How the mock engine behaves. */
export interface MockEngineOptions {
  readonly project: string;
  readonly stack: string;
  /**
   * Mark provider-declared secret outputs (`additionalSecretOutputs`) as the real engine does.
   * Off by default, as in Pulumi's own mocks, so that tests prove secrecy does not depend on it.
   * @default false
   */
  readonly applySecretOutputs?: boolean;
}

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getObject(): unknown;
  hasProtect?(): boolean;
  getProtect(): boolean;
  hasRetainondelete?(): boolean;
  getRetainondelete(): boolean;
  getDependenciesList(): string[];
  // google-protobuf's array form of the map: [key, [urns]] per entry.
  getPropertydependenciesMap(): { toArray(): [string, [string[]]][] };
  getDeletebeforereplace(): boolean;
  getAdditionalsecretoutputsList(): string[];
  getReplaceonchangesList(): string[];
  getProvider?(): string;
}

type Callback = (error: Error | null, response?: { getUrn(): string }) => void;

function isRpcSecret(value: unknown): value is { value: unknown } {
  return pulumi.runtime.isRpcSecret(value);
}

function readOptions(request: RegisterRequest): RecordedOptions {
  const implied = new Set(
    request
      .getPropertydependenciesMap()
      .toArray()
      .flatMap(([, [urns]]) => urns),
  );
  const dependencies = request.getDependenciesList();
  return {
    protect: request.hasProtect?.() ? request.getProtect() : undefined,
    retainOnDelete: request.hasRetainondelete?.() ? request.getRetainondelete() : undefined,
    dependencies,
    dependsOn: dependencies.filter((urn) => !implied.has(urn)),
    deleteBeforeReplace: request.getDeletebeforereplace(),
    additionalSecretOutputs: request.getAdditionalsecretoutputsList(),
    replaceOnChanges: request.getReplaceonchangesList(),
    provider: request.getProvider?.() ?? "",
  };
}

/**
 * Starts Pulumi's mock engine with realistic fake provider outputs, and
 * records every registration with its inputs and resource options (which
 * Pulumi's `MockResourceArgs` leave out). Call it before anything declares a
 * resource: a resource constructed earlier never reaches the mocks.
 *
 * @throws {Error} when the installed `@pulumi/pulumi` is outside the tested
 *   range, or its resource monitor no longer has the shape recorded here.
 */
export async function startMockEngine(options: MockEngineOptions): Promise<MockEngine> {
  assertTestedPulumiVersion(pulumiVersion);
  const secretOutputs = new Map<string, readonly string[]>();
  await pulumi.runtime.setMocks(
    {
      newResource({ type, name, inputs }) {
        const plain = inputs as Record<string, unknown>;
        const state = fakeState(type, name, plain);
        for (const key of secretOutputs.get(`${type}::${name}`) ?? []) {
          if (key in state) state[key] = pulumi.secret(state[key]);
        }
        return { id: fakeId(type, name, plain), state };
      },
      call: () => ({}),
    },
    options.project,
    options.stack,
    false,
  );
  const resources: RecordedResource[] = [];
  let pending = 0;
  let idle: (() => void)[] = [];
  const monitor = pulumi.runtime.getMonitor() as unknown as {
    registerResource(request: RegisterRequest, callback: Callback): void;
  };
  if (typeof monitor.registerResource !== "function") {
    throw new Error(
      `@pulumi/pulumi ${pulumiVersion}'s mock monitor has no registerResource; the mock engine cannot record registrations`,
    );
  }
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (request, callback) => {
    const recordedOptions = readOptions(request);
    if (options.applySecretOutputs) {
      secretOutputs.set(`${request.getType()}::${request.getName()}`, recordedOptions.additionalSecretOutputs);
    }
    const raw = pulumi.runtime.deserializeProperties(request.getObject() as never, true) as Record<string, unknown>;
    const inputs = Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key, isRpcSecret(value) ? value.value : value]),
    );
    const secretInputs = Object.keys(raw).filter((key) => isRpcSecret(raw[key]));
    pending++;
    register(request, (error, response) => {
      if (!error && response) {
        resources.push({
          type: request.getType(),
          name: request.getName(),
          urn: response.getUrn(),
          parent: request.getParent(),
          custom: request.getCustom(),
          inputs,
          secretInputs,
          options: recordedOptions,
        });
      }
      callback(error, response);
      pending--;
      if (pending === 0) {
        for (const resolve of idle) resolve();
        idle = [];
      }
    });
  };
  return {
    resources,
    settle: async () => {
      // Registrations start asynchronously: let queued work begin, then wait until none is in flight.
      for (let quiet = 0; quiet < 3; ) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        if (pending === 0) quiet++;
        else {
          quiet = 0;
          await new Promise<void>((resolve) => idle.push(resolve));
        }
      }
    },
  };
}
