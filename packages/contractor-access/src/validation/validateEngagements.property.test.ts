import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseYamlDocument } from "../loading/parseYamlDocument";
import { ENGAGEMENT_INPUT, settingsWith } from "../testing/fixtures";
import { validateEngagements } from "./validateEngagements";

const settings = settingsWith({ timezone: "Europe/Berlin" });

// Boundaries in every accepted format, over a range wide enough to produce
// windows that end before they start, run for years, or straddle DST changes.
const boundary = fc
  .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2028-01-01T00:00:00Z"), noInvalidDate: true })
  .chain((date) =>
    fc.constantFrom(date.toISOString().slice(0, 10), date.toISOString(), date.toISOString().replace("Z", "+05:30")),
  );

const fieldValue = fc.oneof(fc.anything(), fc.string(), boundary, fc.constantFrom("admin", "live-orders", "operate"));

// A copy of the example with one field (at any depth) replaced by a random value.
const mutatedEngagement = fc
  .tuple(
    fc.constantFrom(
      ["id"],
      ["task"],
      ["owner", "email"],
      ["contractor", "github"],
      ["window", "start"],
      ["window", "end"],
      ["lanes", "code"],
      ["lanes", "data", "datasets"],
      ["lanes", "production", "window", "start"],
      ["lanes", "production", "window", "end"],
      ["lanes", "production", "access"],
      ["aws"],
      ["sharedSecrets"],
    ),
    fieldValue,
  )
  .map(([path, value]) => {
    const copy = structuredClone(ENGAGEMENT_INPUT) as Record<string, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[path.at(-1) as string] = value;
    return copy;
  });

const windowed = fc
  .tuple(boundary, boundary, boundary, boundary)
  .map(([start, end, productionStart, productionEnd]) => ({
    ...ENGAGEMENT_INPUT,
    window: { start, end },
    lanes: {
      ...ENGAGEMENT_INPUT.lanes,
      production: { ...ENGAGEMENT_INPUT.lanes.production, window: { start: productionStart, end: productionEnd } },
    },
  }));

function assertNeverThrows(contents: unknown[]): void {
  const sources = contents.map((content, index) => ({ file: `e${index}.yaml`, content }));
  const result = validateEngagements(sources, settings, { now: new Date("2026-11-25T12:00:00Z") });
  // Every source either validates or has at least one error naming its file.
  for (const { file } of sources) {
    const valid = result.engagements.some((entry) => entry.file === file);
    const failed = result.errors.some((error) => error.file === file);
    expect(valid !== failed).toBe(true);
  }
  for (const error of result.errors) expect(error.message).toMatch(/\S/);
}

describe("validateEngagements never crashes on user input (property)", () => {
  test("any value at all", () => {
    fc.assert(fc.property(fc.array(fc.anything(), { maxLength: 3 }), assertNeverThrows), { numRuns: 300 });
  });

  test("the example with any one field replaced by a random value", () => {
    fc.assert(fc.property(fc.array(mutatedEngagement, { minLength: 1, maxLength: 3 }), assertNeverThrows), {
      numRuns: 500,
    });
  });

  test("any combination of engagement and production windows", () => {
    fc.assert(fc.property(fc.array(windowed, { minLength: 1, maxLength: 2 }), assertNeverThrows), { numRuns: 500 });
  });

  test("any YAML text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const parsed = parseYamlDocument(text);
        if (!parsed.ok) expect(parsed.message).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
  });
});
