import { z } from "zod";
import { parseWindowBoundary } from "../dates/parseWindowBoundary";
import { reviewDecisions } from "./engagementTypes";

// A review is dated by calendar day, like a window's dates: the day the owner
// (or the security owner) looked at the access and decided. Whether the day
// lies inside the engagement and not in the future is a rule (it needs the
// window, the timezone and the clock); the schema checks only the shape.
const reviewDate = z.string().superRefine((text, ctx) => {
  try {
    if (parseWindowBoundary(text).kind !== "date") {
      ctx.addIssue({
        code: "custom",
        message: `"${text}" must be a calendar date (YYYY-MM-DD), the day of the review`,
      });
    }
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
  }
});

/** One recorded review of an engagement: who looked, on which day, and what they decided. */
export const reviewSchema = z.strictObject({
  date: reviewDate.describe("The day of the review (YYYY-MM-DD, stack timezone)"),
  by: z
    .email({
      error: (issue) =>
        issue.code === "invalid_format" ? "must be the email of the employee who reviewed the access" : undefined,
    })
    .describe("The employee who reviewed"),
  decision: z
    .enum(reviewDecisions, { error: () => `must be one of ${reviewDecisions.join(", ")}` })
    .describe("keep: access stays; narrow: a change narrows it; end: access ends at the end of that day"),
  note: z.string().trim().min(1).optional().describe("What was looked at, or what changes"),
});
