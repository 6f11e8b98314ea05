export { type PreviewJson, type PreviewStep, previewJson, SECRET_PLACEHOLDER } from "./previewSteps";
export { type PlanOptions, type PlanResult, runPlan } from "./runPlan";
