// The baseline: the same raw resources the library's plan declared, declared
// directly as provider resources (no validation, no derivation, no
// components) on the same mock engine. Input: the plan's JSON on a file.
const { readFileSync } = require("node:fs");
const started = process.hrtime.bigint();
const { startMockEngine, withoutSourcePositions } = require("contractor-access/testing");

// The provider classes a user would construct by hand, by type token.
function providerClasses() {
  const modules = [
    require("@pulumi/aws").iam,
    require("@pulumi/aws").secretsmanager,
    require("@pulumi/github"),
    require("@pulumi/random"),
  ];
  const classes = new Map();
  for (const module of modules) {
    for (const key of Object.keys(module)) {
      const value = module[key];
      if (typeof value === "function" && typeof value.__pulumiType === "string") classes.set(value.__pulumiType, value);
    }
  }
  return classes;
}

async function main() {
  const steps = JSON.parse(readFileSync(process.argv[2], "utf8")).steps.filter((step) => step.newState.custom);
  const classes = providerClasses();
  const engine = await startMockEngine({ project: "contractor-access", stack: "bench" });
  // The same runner setup as `plan`'s (plan/runPlan.ts): no promise stack traces, and no
  // per-declaration source positions, which only the real engine reads.
  Error.stackTraceLimit = 0;
  await withoutSourcePositions(async () => {
    for (const step of steps) {
      const ProviderClass = classes.get(step.newState.type);
      if (!ProviderClass) throw new Error(`no provider class for ${step.newState.type}`);
      new ProviderClass(step.urn.split("::").pop(), step.newState.inputs);
    }
    await engine.settle();
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ resources: engine.resources.length, wallMs }));
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
