import type { EngagementInput } from "../../packages/contractor-access/src/engagement/engagementSchema";
import type { StackSettings } from "../../packages/contractor-access/src/engagement/stackSettingsSchema";
import { startMockEngine } from "../../packages/contractor-access/src/preview/mockEngine";
import type { ContractorAccessStack } from "../../packages/contractor-access/src/stack/declareContractorAccess";
import { validateEngagements } from "../../packages/contractor-access/src/validation/validateEngagements";
import { type Recorder, recorder } from "./recorder";

/**
 * Declares a whole stack (`declareContractorAccess`) from raw engagements at
 * an instant, under a fresh mock engine, as `pulumi up` would at that
 * instant. Throws when the engagements are invalid, so a test never passes
 * because nothing was declared.
 */
export async function declareStackAt(
  engagements: readonly EngagementInput[],
  settings: StackSettings,
  now: string,
): Promise<{ stack: ContractorAccessStack; resources: Recorder }> {
  const engine = await startMockEngine({ project: "contractor-access", stack: "test" });
  // Imported after the mocks are set: a resource constructed before setMocks never reaches them.
  const { declareContractorAccess } = await import(
    "../../packages/contractor-access/src/stack/declareContractorAccess"
  );
  const sources = engagements.map((content) => ({ file: `${content.id}.yaml`, content }));
  const validation = validateEngagements(sources, settings, { now: new Date(now) });
  if (validation.errors.length > 0) throw new Error(`invalid test input: ${JSON.stringify(validation.errors)}`);
  const stack = declareContractorAccess({ settings, engagements: validation.engagements, now: new Date(now) });
  await engine.settle();
  return { stack, resources: recorder(engine) };
}

/** The names of every resource of a type, in registration order. */
export function namesOf(resources: Recorder, type: string): string[] {
  return resources.ofType(type).map((resource) => resource.name);
}
