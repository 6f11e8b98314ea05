import type { EngagementInput } from "../../packages/contractor-access/src/engagement/engagementSchema";
import type { StackSettingsInput } from "../../packages/contractor-access/src/engagement/stackSettingsSchema";
import { startMockEngine } from "../../packages/contractor-access/src/preview/mockEngine";
import { type Recorder, recorder } from "./recorder";

/** One engagement to declare, with the component's logical name. */
export interface Declaration {
  readonly name: string;
  readonly engagement: EngagementInput;
}

/** Options for {@link declareUnderMocks}. */
export interface DeclareOptions {
  readonly settings: StackSettingsInput;
  /** The component's clock (key rotation). */
  readonly now: Date;
  /** Mark provider secret outputs as the real engine does. @default false */
  readonly applySecretOutputs?: boolean;
}

/**
 * Starts the mock engine, then declares each engagement with the real
 * component, plus one `github.Membership` per GitHub username (as the stack
 * does), and waits until every registration is answered. Call once per test
 * file: the mock runtime is global to the process.
 */
export async function declareUnderMocks(
  declarations: readonly Declaration[],
  options: DeclareOptions,
): Promise<Recorder & { components: unknown[] }> {
  const engine = await startMockEngine({
    project: "contractor-access",
    stack: "test",
    applySecretOutputs: options.applySecretOutputs ?? false,
  });
  // Imported after the mocks are set: a resource constructed before setMocks never reaches them.
  const github = await import("@pulumi/github");
  const { ContractorEngagement } = await import("../../packages/contractor-access/src/component/ContractorEngagement");
  const memberships = new Map<string, InstanceType<typeof github.Membership>>();
  const components = declarations.map(({ name, engagement }) => {
    const username = engagement.contractor.github;
    let organizationMembership: InstanceType<typeof github.Membership> | undefined;
    if (username && engagement.lanes.code) {
      organizationMembership =
        memberships.get(username) ?? new github.Membership(`github-member-${username}`, { username, role: "member" });
      memberships.set(username, organizationMembership);
    }
    return new ContractorEngagement(name, {
      engagement,
      settings: options.settings,
      organizationMembership,
      now: options.now,
    });
  });
  await engine.settle();
  return { ...recorder(engine), components };
}
