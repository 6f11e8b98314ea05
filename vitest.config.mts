import { defineConfig } from "vitest/config";

// Two projects: pure logic tests beside the code, and tests that boot
// Pulumi's mock runtime in test/ (each file in its own process, so the
// runtime's global state never leaks between files).
export default defineConfig({
  test: {
    // The JSON report is what .ci/run turns into its "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
    projects: [
      { test: { name: "unit", include: ["packages/*/src/**/*.test.ts"] } },
      { test: { name: "mock-runtime", include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
