export { type EngagementStatus, engagementStatus } from "./engagementStatus";
export { formatReportInstant } from "./formatReportInstant";
export {
  type BoundaryMove,
  formatBoundary,
  formatDuration,
  formatShift,
  formatWindow,
  isWholeDay,
} from "./formatWindow";
export { iamTime } from "./iamTime";
export { parseInstant } from "./parseInstant";
export { parseWindowBoundary, type WindowBoundary } from "./parseWindowBoundary";
export { type ResolvedWindow, resolveBoundary, resolveWindow, type WindowInput } from "./resolveWindow";
export { firstWeekReviewDate, periodicReviewDates } from "./reviewDates";
export { type TimeRemaining, timeRemaining } from "./timeRemaining";
