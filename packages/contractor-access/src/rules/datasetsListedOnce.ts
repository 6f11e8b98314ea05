import { engagementRule, type Problem } from "./rule";

/** Each dataset is listed once in the data lane. */
export const datasetsListedOnce = engagementRule(
  "datasetsListedOnce",
  "Each dataset is listed once in the data lane.",
  (engagement) =>
    (engagement.lanes.data?.datasets ?? []).flatMap((dataset, index, datasets): Problem[] => {
      const first = datasets.indexOf(dataset);
      return first === index
        ? []
        : [
            {
              path: ["lanes", "data", "datasets", index],
              message: `dataset "${dataset}" is already listed at lanes.data.datasets[${first}]; list each dataset once`,
            },
          ];
    }),
);
