import { z } from "zod";
import { parseWindowBoundary } from "../dates/parseWindowBoundary";

// An instant, never a date: revocation is an emergency, and "the end of that
// day" would leave hours of access. The offset is required for the same
// reason as in windows: no runner's local zone decides what it means.
const revocationInstant = z.string().superRefine((text, ctx) => {
  try {
    if (parseWindowBoundary(text).kind !== "instant") {
      ctx.addIssue({
        code: "custom",
        message: `"${text}" is a date; give the instant access ends, with an offset, such as ${text}T15:00:00Z`,
      });
    }
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
  }
});

/** An immediate revocation: access ends at `at`, whatever the window or the reviews say. */
export const revocationSchema = z.strictObject({
  at: revocationInstant.describe("The instant access ends, with an offset"),
  by: z
    .email({
      error: (issue) =>
        issue.code === "invalid_format" ? "must be the email of the employee who revoked the access" : undefined,
    })
    .describe("The employee who revoked"),
  reason: z.string().trim().min(1, "must say why access was revoked").describe("Why"),
});
