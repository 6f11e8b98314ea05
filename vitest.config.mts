import { defineConfig } from "vitest/config";

// Three projects:
// - unit: pure logic tests beside the code. They share one module graph per
//   worker (isolate: false), which saves re-importing zod, date-fns and the
//   library for each of the ~60 files (about 40 s of the run on two cores). A
//   test here must leave no global state behind; anything that needs the
//   Pulumi runtime belongs in test/.
// - mock-runtime: tests that boot Pulumi's mock runtime, in test/, each file in
//   its own process, so the runtime's global state never leaks between files.
// - packaging: a full type-check of a Pulumi program against the built
//   package; `vitest run --project packaging` runs it alone.
export default defineConfig({
  test: {
    // The JSON report is what .ci/run turns into its "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
    // One worker per core (vitest's default leaves one core to itself, which sits idle here).
    maxWorkers: "100%",
    projects: [
      { test: { name: "unit", include: ["packages/*/src/**/*.test.ts"], isolate: false } },
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
