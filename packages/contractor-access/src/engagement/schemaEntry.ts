/**
 * The zod schemas behind the engagement and settings types, for programs
 * that validate data themselves. Import it as `contractor-access/schema`.
 *
 * It is a subpath of its own because its declarations name zod's types, and
 * zod's declaration files need `esModuleInterop` (or `skipLibCheck`) in a
 * CommonJS program; the main entry stays free of them.
 *
 * @packageDocumentation
 */

export { engagementJsonSchema } from "./engagementJsonSchema";
export { engagementSchema, windowSchema } from "./engagementSchema";
export { stackSettingsSchema } from "./stackSettingsSchema";
