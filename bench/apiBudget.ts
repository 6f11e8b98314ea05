import { GITHUB_CALLS_PER_RUN, RESOURCE_CALLS, sweepCalls } from "./apiCalls";

/** GitHub's REST budget for a token or an App installation on most plans, per hour. */
export const GITHUB_REQUESTS_PER_HOUR = 5_000;

/** One generated stack's resources, counted by type from the plan's steps. */
export interface StackResources {
  readonly size: number;
  readonly byType: ReadonlyMap<string, number>;
}

/** Counts the resource types of a `plan --format json` output. */
export function resourcesByType(planJson: string): Map<string, number> {
  const { steps } = JSON.parse(planJson) as { steps: { newState: { type: string } }[] };
  const counts = new Map<string, number>();
  for (const { newState } of steps) counts.set(newState.type, (counts.get(newState.type) ?? 0) + 1);
  return counts;
}

const percent = (calls: number) => `${((calls / GITHUB_REQUESTS_PER_HOUR) * 100).toFixed(1)}%`;

/**
 * The BENCHMARKS.md section on a sweep's API calls: per stack size, the
 * hourly `due` check, an edge at which every engagement ends in the same
 * hour (the worst case of an hourly up), and the daily `up --refresh`,
 * against GitHub's hourly budget; then the per-resource counts assumed.
 */
export function apiBudgetSection(stacks: readonly StackResources[]): string[] {
  const none = new Map<string, number>();
  const rows = stacks.map(({ size, byType }) => {
    const refresh = sweepCalls(byType, { refresh: true, created: none, deleted: none });
    const allEnd = sweepCalls(byType, { refresh: false, created: none, deleted: byType });
    return `| ${size} | 0 | ${allEnd.github} (${percent(allEnd.github)}) | ${allEnd.iam} | ${refresh.github} (${percent(refresh.github)}) | ${refresh.iam} |`;
  });
  const assumptions = Object.entries(RESOURCE_CALLS).map(
    ([type, calls]) =>
      `| \`${type}\` | ${calls.api} | ${calls.read} | ${calls.create} | ${calls.delete} | ${calls.source} |`,
  );
  return [
    "## API calls of a sweep",
    "",
    "A model, not a measurement: the mock engine makes no call. Counted from the providers' source (table below) for the",
    "same generated stacks, all active. The hourly `contractor-access due` reads files only, so an hour with nothing due",
    `costs no call. An \`up\` without refresh reads nothing back: it calls only for what changes, plus ${GITHUB_CALLS_PER_RUN}`,
    "configure call. The worst hourly `up` is every engagement ending in the same hour. The daily `up --refresh` reads",
    `every resource once. GitHub's budget is ${GITHUB_REQUESTS_PER_HOUR.toLocaleString("en-US")} REST requests an hour per token or App installation; a`,
    "read answered 304 from its ETag is not counted by GitHub, so real refreshes cost at most this. IAM has no hourly",
    "quota but throttles bursts; the AWS provider retries throttled calls.",
    "",
    "| engagements | hourly `due`, nothing due | `up`, all end at once: GitHub | IAM | daily `up --refresh`: GitHub | IAM |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "Calls assumed per resource:",
    "",
    "| type | API | read | create | delete | source |",
    "| --- | --- | --- | --- | --- | --- |",
    ...assumptions,
    "",
  ];
}
