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
export { type AccessReviewInput, renderAccessReview } from "./renderAccessReview";
export { renderReportMarkdown } from "./renderReportMarkdown";
