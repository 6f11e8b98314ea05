// @cloud-copilot/iam-simulate is AGPL-licensed: it is imported from tests only, never from the library.
import { type EvaluationResult, runSimulation } from "@cloud-copilot/iam-simulate";
import { expect } from "vitest";
import { FAKE_ACCOUNT_ID } from "../../packages/contractor-access/src/preview/fakeState";
import type { Recorder } from "./recorder";
import { TYPES } from "./types";

/** A parsed IAM policy document, as the engine recorded it. */
export interface IamPolicy {
  readonly Version: string;
  readonly Statement: readonly IamStatement[];
}

/** One statement of a parsed policy, with the fields the library generates. */
export interface IamStatement {
  readonly Sid?: string;
  readonly Effect: "Allow" | "Deny";
  readonly Principal?: unknown;
  readonly Action?: string | readonly string[];
  readonly NotAction?: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

/** The policies of one engagement, parsed from the inputs the real component declared. */
export interface EngagementPolicies {
  /** The managed policies attached to the user: its identity policies. */
  readonly user: readonly IamPolicy[];
  /** The user's permissions boundary. */
  readonly boundary: IamPolicy;
  /** The production role's trust policy; `undefined` without a production lane. */
  readonly trust: IamPolicy | undefined;
  /** The production role's permission policy; `undefined` without a production lane. */
  readonly role: IamPolicy | undefined;
  /** The production role's permissions boundary; `undefined` without a production lane. */
  readonly roleBoundary: IamPolicy | undefined;
}

function parsed(value: unknown): IamPolicy {
  return JSON.parse(String(value)) as IamPolicy;
}

/** Reads the policies the component named `name` declared, by their resource names. */
export function engagementPolicies(recorded: Recorder, name: string): EngagementPolicies {
  const roles = recorded.ofType(TYPES.role).filter((resource) => resource.name === `${name}-production`);
  const rolePolicies = recorded.ofType(TYPES.rolePolicy).filter((resource) => resource.name === `${name}-production`);
  return {
    // Every managed policy the component attached to its user, in order (access-1, access-2, …).
    user: recorded
      .ofType(TYPES.policy)
      .filter((resource) => new RegExp(`^${name}-access-\\d+$`).test(resource.name))
      .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }))
      .map((resource) => parsed(resource.inputs.policy)),
    boundary: parsed(recorded.find(TYPES.policy, `${name}-boundary`).inputs.policy),
    trust: roles[0] ? parsed(roles[0].inputs.assumeRolePolicy) : undefined,
    role: rolePolicies[0] ? parsed(rolePolicies[0].inputs.policy) : undefined,
    roleBoundary: recorded
      .ofType(TYPES.policy)
      .filter((resource) => resource.name === `${name}-production-boundary`)
      .map((resource) => parsed(resource.inputs.policy))[0],
  };
}

/** A request context: `aws:CurrentTime` is required, because without it every date condition silently fails to match. */
export type RequestContext = Readonly<Record<string, string | readonly string[]>> & {
  readonly "aws:CurrentTime": string;
};

/** One request to evaluate, and the policies that apply to it. */
export interface SimulatedRequest {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly context: RequestContext;
  readonly identityPolicies: readonly IamPolicy[];
  readonly permissionBoundaries?: readonly IamPolicy[];
  /** A resource policy, such as a role's trust policy for `sts:AssumeRole`. */
  readonly resourcePolicy?: IamPolicy;
  /** @default the fake account id */
  readonly accountId?: string;
}

// A time IAM can compare: ISO 8601 UTC to the second. Any other text silently never matches.
const IAM_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const named = (prefix: string, policies: readonly IamPolicy[]) =>
  policies.map((policy, index) => ({ name: `${prefix}${index}`, policy }));

/**
 * Evaluates one request as IAM does (strict mode, no SCPs or RCPs) and
 * returns `Allowed`, `ExplicitlyDenied` or `ImplicitlyDenied`. Fails the
 * test when the simulator refuses the input (an invalid policy or action)
 * or drops a context key, since either would make the result meaningless.
 */
export async function simulate(request: SimulatedRequest): Promise<EvaluationResult> {
  const currentTime = request.context["aws:CurrentTime"];
  if (typeof currentTime !== "string" || !IAM_TIME.test(currentTime)) {
    throw new Error(`aws:CurrentTime must be an ISO 8601 UTC instant such as 2026-11-28T23:59:59Z, got ${currentTime}`);
  }
  const result = await runSimulation(
    {
      request: {
        principal: request.principal,
        action: request.action,
        resource: { resource: request.resource, accountId: request.accountId ?? FAKE_ACCOUNT_ID },
        contextVariables: Object.fromEntries(
          Object.entries(request.context).map(([key, value]) => [key, typeof value === "string" ? value : [...value]]),
        ),
      },
      identityPolicies: named("identity", request.identityPolicies),
      ...(request.permissionBoundaries
        ? { permissionBoundaryPolicies: named("boundary", request.permissionBoundaries) }
        : {}),
      ...(request.resourcePolicy ? { resourcePolicy: request.resourcePolicy } : {}),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    { simulationMode: "Strict" },
  );
  if (result.resultType === "error") {
    throw new Error(
      `${request.action} on ${request.resource} could not be simulated: ${JSON.stringify(result.errors)}`,
    );
  }
  const ignored =
    result.resultType === "single"
      ? (result.result.ignoredContextKeys ?? [])
      : result.results.flatMap((entry) => entry.ignoredContextKeys ?? []);
  expect(ignored, `context keys dropped for ${request.action}`).toEqual([]);
  return result.overallResult;
}
