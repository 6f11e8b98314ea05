export { type PreviewJson, type PreviewStep, previewJson, SECRET_PLACEHOLDER } from "./previewSteps";
export { type AccessReviewInput, renderAccessReview } from "../report/renderAccessReview";
export { type PlanOptions, type PlanResult, runPlan } from "./runPlan";
