import { describe, expect, test } from "vitest";
import type { z } from "zod";
import type { engagementSchema } from "./engagementSchema";
import type { Engagement, EngagementInput } from "./engagementTypes";
import type { stackSettingsSchema } from "./stackSettingsSchema";
import type { StackSettings, StackSettingsInput } from "./stackSettingsTypes";

// The public types are written by hand so that no declaration file names zod;
// these assertions fail `pnpm typecheck` the moment a schema and its type
// disagree. Equal is the strict identity check (it tells `?:` from
// `| undefined`, and readonly from mutable); vitest's toEqualTypeOf is
// stricter still about how a type is spelled, not what it is.
type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/** Compiles only when its type argument is `true`; returns it for the runtime assertion. */
function assertType<T extends true>(value: T): T {
  return value;
}
describe("the plain public types equal the schemas' inferred types", () => {
  test("Engagement is z.output of engagementSchema", () => {
    expect(assertType<Equal<Engagement, z.output<typeof engagementSchema>>>(true)).toBe(true);
  });
  test("EngagementInput is z.input of engagementSchema", () => {
    expect(assertType<Equal<EngagementInput, z.input<typeof engagementSchema>>>(true)).toBe(true);
  });
  test("StackSettings is z.output of stackSettingsSchema", () => {
    expect(assertType<Equal<StackSettings, z.output<typeof stackSettingsSchema>>>(true)).toBe(true);
  });
  test("StackSettingsInput is z.input of stackSettingsSchema", () => {
    expect(assertType<Equal<StackSettingsInput, z.input<typeof stackSettingsSchema>>>(true)).toBe(true);
  });
});
