import type { RecordedResource } from "../preview/mockEngine";

/** One step of `pulumi preview --json`, as other tools read it. */
export interface PreviewStep {
  readonly op: "create";
  readonly urn: string;
  readonly newState: {
    readonly type: string;
    readonly urn: string;
    readonly parent: string;
    readonly custom: boolean;
    readonly inputs: Record<string, unknown>;
  };
}

/** The shape of `pulumi preview --json` that `plan --format json` prints. */
export interface PreviewJson {
  readonly steps: PreviewStep[];
  readonly changeSummary: { readonly create: number };
}

/** The value printed in place of every secret input, as `pulumi preview --json` does. */
export const SECRET_PLACEHOLDER = "[secret]";

/**
 * Turns what the mock engine recorded into `pulumi preview --json`'s shape:
 * one `create` step per resource, components included, under a root
 * `pulumi:pulumi:Stack` resource as a real preview has; secret inputs print
 * as `"[secret]"`.
 *
 * @example
 * previewJson(engine.resources, "contractor-access", "dev").changeSummary; // { create: 14 }
 */
export function previewJson(resources: readonly RecordedResource[], project: string, stack: string): PreviewJson {
  const stackUrn = `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
  const root: PreviewStep = {
    op: "create",
    urn: stackUrn,
    newState: { type: "pulumi:pulumi:Stack", urn: stackUrn, parent: "", custom: false, inputs: {} },
  };
  const steps = resources.map((resource): PreviewStep => {
    const inputs = { ...resource.inputs };
    for (const key of resource.secretInputs) inputs[key] = SECRET_PLACEHOLDER;
    // The mock engine has no root stack resource: parent top-level resources to it, as a real
    // preview does. URNs stay as they are: Pulumi leaves the stack type out of them.
    return {
      op: "create",
      urn: resource.urn,
      newState: {
        type: resource.type,
        urn: resource.urn,
        parent: resource.parent || stackUrn,
        custom: resource.custom,
        inputs,
      },
    };
  });
  return { steps: [root, ...steps], changeSummary: { create: steps.length + 1 } };
}
