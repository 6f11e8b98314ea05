import { approverRefusal } from "./approverRefusal";
import { engagementRule } from "./rule";

/** Every review is by an employee: `reviews[].by` is in an internal domain and is not the contractor. */
export const reviewsByEmployees = engagementRule(
  "reviewsByEmployees",
  "Every review is by an employee: reviews[].by is in an internal domain and is not the contractor.",
  (engagement, settings) =>
    engagement.reviews.flatMap((review, index) => {
      const refusal = approverRefusal(review.by, engagement, settings);
      return refusal
        ? [
            {
              path: ["reviews", index, "by"],
              message: `${refusal}; a review keeps or ends access, so an employee who answers for it records it, never the contractor`,
            },
          ]
        : [];
    }),
);
