import { calendarDate } from "../dates/calendarDate";
import { resolvePositiveWindow } from "./resolvePositiveWindow";
import { engagementRule } from "./rule";

/**
 * Every review is dated from the engagement's first day to today:
 * `reviews[].date` is not before the start and not in the future.
 */
export const reviewsDatedInsideEngagement = engagementRule(
  "reviewsDatedInsideEngagement",
  "Every review is dated from the engagement's first day to today: reviews[].date is not before the start and not in the future.",
  (engagement, settings, context) => {
    const window = resolvePositiveWindow(engagement.window, settings.timezone);
    if (!window) return [];
    const zone = settings.timezone;
    // A review is a day: compare calendar days in the stack timezone
    // (YYYY-MM-DD sorts as text), so a review recorded today counts whatever
    // the hour, and one on the start's day counts even if access starts at 14:00.
    const day = (instant: Date) => calendarDate(instant, zone);
    const firstDay = day(window.start);
    const today = context ? day(context.now) : undefined;
    return engagement.reviews.flatMap(({ date }, index) => {
      const path = ["reviews", index, "date"];
      if (date < firstDay) {
        return [
          {
            path,
            message: `review date ${date} is before the engagement starts (${firstDay} in ${zone}); a review looks at access that exists`,
          },
        ];
      }
      if (today !== undefined && date > today) {
        return [
          {
            path,
            message: `review date ${date} is in the future (today is ${today} in ${zone}); record a review on the day it happens or after, since a future date would keep access without anyone looking`,
          },
        ];
      }
      return [];
    });
  },
);
