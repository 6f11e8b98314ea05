import { sep } from "node:path";

// The file of Pulumi's Resource class, whose static `callsites` reads the stack of every declaration.
const PULUMI_RESOURCE_FILE = `${sep}@pulumi${sep}pulumi${sep}resource.js`;

/** True for the stack Pulumi's `Resource.callsites` asks for, and for no other. */
function isDeclarationStack(sites: readonly NodeJS.CallSite[]): boolean {
  const top = sites[0];
  return top?.getFunctionName() === "callsites" && (top.getFileName() ?? "").endsWith(PULUMI_RESOURCE_FILE);
}

/** V8's own rendering of a stack, used when no other formatter was installed. */
function v8StackText(error: Error, sites: readonly NodeJS.CallSite[]): string {
  let header: string;
  try {
    header = Error.prototype.toString.call(error);
  } catch {
    header = "Error";
  }
  return `${header}${sites.map((site) => `\n    at ${site}`).join("")}`;
}

// Marks this module's formatters, so that a call inside another's work leaves the outer one in charge.
const SKIPS_SOURCE_POSITIONS = Symbol("contractor-access: skips source positions");

/**
 * Runs `declare` with Pulumi's per-declaration source capture turned off:
 * every resource Pulumi constructs reads its whole call stack (with no limit)
 * and sends each user frame to the engine as a source position. Under the mock
 * engine nothing reads them, and at 1000 engagements they are the largest
 * difference in allocation between a component and the raw resources it holds
 * (about 230 MB, measured with V8's sampling heap profiler), because a
 * component's children are declared a few calls deeper. Only that stack is
 * left empty: any other error keeps its stack, formatted by whatever formatter
 * was installed before.
 *
 * When `declare` settles the formatter before it is put back, unless someone
 * replaced this one meanwhile (theirs stays). Calls that overlap leave the
 * first in charge: the others change nothing, so the original formatter is
 * back once all have settled.
 *
 * Use it where a program runs only under the mock engine (`plan`, benchmarks),
 * never under `pulumi up`, where the engine shows these positions.
 *
 * @example
 * await withoutSourcePositions(async () => { program(); await engine.settle(); });
 */
export async function withoutSourcePositions<T>(declare: () => Promise<T>): Promise<T> {
  const previous = Error.prepareStackTrace;
  if (previous && SKIPS_SOURCE_POSITIONS in previous) return declare();
  const skipping = Object.assign(
    (error: Error, sites: NodeJS.CallSite[]): unknown => {
      if (isDeclarationStack(sites)) return "";
      return previous ? previous(error, sites) : v8StackText(error, sites);
    },
    { [SKIPS_SOURCE_POSITIONS]: true },
  );
  Error.prepareStackTrace = skipping;
  try {
    return await declare();
  } finally {
    if (Error.prepareStackTrace === skipping) Error.prepareStackTrace = previous;
  }
}
