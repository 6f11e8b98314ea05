export type {
  AccessReport,
  EndingSoon,
  OffboardingChecklist,
  ReportApproval,
  ReportContractor,
  ReportEngagement,
  ReportPerson,
  ReportWindow,
  ReviewDue,
  SecretToRotate,
} from "./accessReport";
export { type BuildReportInput, buildReport } from "./buildReport";
export { renderReportMarkdown } from "./renderReportMarkdown";
export { type DueReview, type ReviewSchedule, reviewSchedule, reviewsDueWithin } from "../lifecycle/reviewSchedule";
