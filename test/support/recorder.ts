import type { MockEngine, RecordedResource } from "../../packages/contractor-access/src/preview/mockEngine";

/** Finders over what the mock engine recorded, so tests read as "the user's inputs are exactly …". */
export interface Recorder {
  readonly resources: readonly RecordedResource[];
  /** The one resource of `type` named `name`; fails the test when there is none or several. */
  find(type: string, name: string): RecordedResource;
  /** Every resource of `type`, in registration order. */
  ofType(type: string): RecordedResource[];
  /** Every resource whose URN-parent chain reaches `urn`. */
  descendantsOf(urn: string): RecordedResource[];
}

/** Wraps a settled mock engine in finders. */
export function recorder(engine: MockEngine): Recorder {
  const resources = engine.resources;
  const byUrn = new Map(resources.map((resource) => [resource.urn, resource]));
  return {
    resources,
    find(type, name) {
      const matches = resources.filter((resource) => resource.type === type && resource.name === name);
      if (matches.length !== 1) {
        const names = resources.filter((resource) => resource.type === type).map((resource) => resource.name);
        throw new Error(`expected one ${type} named ${name}, found ${matches.length} (have: ${names.join(", ")})`);
      }
      return matches[0] as RecordedResource;
    },
    ofType: (type) => resources.filter((resource) => resource.type === type),
    descendantsOf(urn) {
      return resources.filter((resource) => {
        for (let parent = resource.parent; parent; parent = byUrn.get(parent)?.parent ?? "") {
          if (parent === urn) return true;
        }
        return false;
      });
    },
  };
}

/** Parses a JSON policy input recorded by the engine. */
export function policyOf(resource: RecordedResource, input = "policy"): { Statement: Record<string, unknown>[] } {
  return JSON.parse(String(resource.inputs[input]));
}
