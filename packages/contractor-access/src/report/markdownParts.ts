import { formatWindow } from "../dates/formatWindow";
import type { ReportContractor, ReportPerson, ReportWindow } from "./accessReport";

/**
 * A person as `Name <email>`, which GitHub renders as a mail link.
 *
 * @example
 * markdownPerson({ name: "Dana Kim", email: "dana@freelance.example", github: "dana-codes" });
 * // "Dana Kim <dana@freelance.example>, GitHub dana-codes"
 */
export function markdownPerson(person: ReportPerson | ReportContractor): string {
  const { company, github } = person as ReportContractor;
  return [`${person.name} <${person.email}>`, company, github && `GitHub ${github}`].filter(Boolean).join(", ");
}

/**
 * A report window as written in engagements: calendar dates in the stack
 * timezone when it spans whole days, otherwise UTC instants.
 *
 * @example
 * markdownWindow({ start: "2026-11-24T00:00:00.000Z", end: "2026-11-28T23:59:59.999Z" }, "UTC");
 * // "2026-11-24 to 2026-11-28"
 */
export function markdownWindow(window: ReportWindow, timeZone: string): string {
  return formatWindow({ start: new Date(window.start), end: new Date(window.end) }, timeZone);
}

/**
 * A section: a level-2 heading and its lines, or one sentence when it is empty.
 *
 * @example
 * markdownSection("Reviews due", [], "No reviews are due within 7 days.");
 * // "## Reviews due\n\nNo reviews are due within 7 days."
 */
export function markdownSection(title: string, blocks: readonly string[], whenEmpty: string): string {
  return [`## ${title}`, ...(blocks.length > 0 ? blocks : [whenEmpty])].join("\n\n");
}
