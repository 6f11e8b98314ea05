import * as pulumi from "@pulumi/pulumi";
import type { RecordedResource } from "../../packages/contractor-access/src/preview/mockEngine";
import { ENGAGEMENT_INPUT } from "../../packages/contractor-access/src/testing/fixtures";
import type { Declaration } from "./declareUnderMocks";

/**
 * A stack that exercises every revocation invariant at once: the all-lanes
 * fixture, a second concurrent engagement for the same person (so the
 * person-level organization membership is shared), a data-only engagement
 * with a PGP key, and a production-only engagement whose ticket holds
 * characters AWS tags refuse.
 */
export const INVARIANT_STACK: readonly Declaration[] = [
  { name: "checkout-fix", engagement: ENGAGEMENT_INPUT },
  {
    name: "docs-refresh",
    engagement: {
      id: "docs-refresh-2026-11",
      task: "Rewrite the developer guide for the checkout API",
      ticket: "DOCS-88",
      owner: { name: "Priya Raman", email: "priya@acme.example" },
      contractor: { name: "Dana Kim", email: "dana@freelance.example", github: "dana-codes" },
      window: { start: "2026-11-20", end: "2026-12-10" },
      lanes: { code: { repositories: [{ name: "developer-docs" }] } },
    },
  },
  {
    name: "orders-analysis",
    engagement: {
      id: "orders-analysis-2026-11",
      task: "Analyse abandoned orders in the masked order data",
      ticket: "DATA-310",
      owner: { name: "Omar Haddad", email: "omar@acme.example" },
      contractor: { name: "Lena Vogt", email: "lena@datacraft.example", pgpKey: "keybase:lenavogt" },
      window: { start: "2026-11-20", end: "2026-12-18" },
      lanes: { data: { datasets: ["masked-orders"] } },
      aws: { console: true, accessKeys: true },
    },
  },
  {
    name: "incident-review",
    engagement: {
      id: "incident-review-2026-11",
      task: "Review the checkout incident logs with the on-call engineer",
      ticket: "OPS#77 (night shift)",
      owner: { name: "Jonas Berg", email: "jonas@acme.example" },
      contractor: { name: "Sam Ortiz", email: "sam@sre-partners.example" },
      window: { start: "2026-11-26", end: "2026-11-28" },
      lanes: {
        production: {
          access: "read",
          approvedBy: "cto@acme.example",
          approval: "OPS-78",
          reason: "Read the incident's logs and metrics",
          window: { start: "2026-11-27T14:00:00Z", end: "2026-11-27T16:00:00Z" },
        },
      },
      aws: { console: true },
    },
  },
];

/** `type::name`, the engine's identity of a resource within one stack. */
export function logicalName(resource: RecordedResource): string {
  return `${resource.type}::${resource.name}`;
}

/** Resources a component named `name` declares by its naming convention: `name` itself and `name-…`. */
export function namedAfter(resources: readonly RecordedResource[], name: string): RecordedResource[] {
  return resources.filter((resource) => resource.name === name || resource.name.startsWith(`${name}-`));
}

/** The value of an output, once resolved (never call it in preview, where values may stay unknown). */
export function resolvedValue<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => {
    output.apply((value) => {
      resolve(value);
      return value;
    });
  });
}

/** One output a component registered, as the engine received it. */
export interface RegisteredOutput {
  readonly secret: boolean;
  readonly value: unknown;
}

interface MonitorState {
  resources: Map<string, { state: unknown }>;
}

/**
 * The outputs a component passed to `registerOutputs`, read from Pulumi's
 * mock monitor, which replaces the resource's state with the request's
 * outputs `Struct`. The call is asynchronous and not awaited by `settle()`,
 * so this polls until it has arrived.
 */
export async function registeredOutputs(urn: string, timeoutMs = 10_000): Promise<Record<string, RegisteredOutput>> {
  const monitor = pulumi.runtime.getMonitor() as unknown as MonitorState;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const state = monitor.resources.get(urn)?.state as { toJavaScript?: () => Record<string, unknown> } | undefined;
    if (state && typeof state.toJavaScript === "function") {
      return Object.fromEntries(
        Object.entries(state.toJavaScript()).map(([key, value]) => {
          const secret = pulumi.runtime.isRpcSecret(value);
          return [key, { secret, value: secret ? (value as { value: unknown }).value : value }];
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${urn} never registered its outputs`);
}
