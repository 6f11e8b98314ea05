/**
 * Contractor access as code on Pulumi: one engagement gets exactly the access
 * one task needs, for exactly as long as it lasts.
 *
 * The layers, from the inside out:
 * - `engagement`: the definition platform engineers write, and the stack settings;
 * - `dates`: window semantics (calendar dates in the stack timezone, inclusive ends);
 * - `rules`: the guardrails that refuse unsafe requests;
 * - `validation` and `loading`: reading files and reporting every problem at once;
 * - `lanes`: the pure derivation of what an engagement grants;
 * - `iam`: the policy documents that enforce it.
 *
 * @packageDocumentation
 */

export * from "./changes";
export * from "./component";
export * from "./dates";
export * from "./engagement";
export * from "./iam";
export * from "./lanes";
export * from "./loading";
export * from "./plan";
export * from "./preview";
export * from "./report";
export * from "./rules";
export * from "./stack";
export * from "./validation";
