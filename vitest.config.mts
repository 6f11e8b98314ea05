import { defineConfig } from "vitest/config";

// Three projects: pure logic tests beside the code; tests that boot Pulumi's
// mock runtime in test/ (each file in its own process, so the runtime's
// global state never leaks between files); and the packaging check, a full
// type-check of a Pulumi program against the built package, which can be run
// alone with `vitest run --project packaging`.
export default defineConfig({
  test: {
    // The JSON report is what .ci/run turns into its "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
    projects: [
      { test: { name: "unit", include: ["packages/*/src/**/*.test.ts"] } },
      {
        test: {
          name: "mock-runtime",
          include: ["test/**/*.test.ts"],
          exclude: ["test/packaging/**"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: "packaging", include: ["test/packaging/**/*.test.ts"], testTimeout: 120_000 } },
    ],
  },
});
