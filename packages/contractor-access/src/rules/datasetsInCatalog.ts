import { engagementRule, type Problem } from "./rule";

/** Every dataset of the data lane is in the stack's dataset catalog (`settings.datasets`). */
export const datasetsInCatalog = engagementRule(
  "datasetsInCatalog",
  "Every dataset of the data lane is in the stack's dataset catalog (settings.datasets).",
  (engagement, settings) => {
    const catalog = Object.keys(settings.datasets);
    const choice =
      catalog.length > 0 ? ` (${catalog.join(", ")}); use one of those, or add it` : ", which is empty; add it";
    return (engagement.lanes.data?.datasets ?? []).flatMap((dataset, index): Problem[] =>
      Object.hasOwn(settings.datasets, dataset)
        ? []
        : [
            {
              path: ["lanes", "data", "datasets", index],
              message: `dataset "${dataset}" is not in the stack's dataset catalog${choice} to the contractorAccess:datasets stack setting first`,
            },
          ],
    );
  },
);
