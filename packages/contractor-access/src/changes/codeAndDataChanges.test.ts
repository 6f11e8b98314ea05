import { SETTINGS_INPUT } from "../testing/fixtures";
import { keep, type Row, type Settings, testChangeRows } from "./changeRows.testing";

const liveMaskedOrders: Settings = {
  datasets: {
    ...SETTINGS_INPUT.datasets,
    "masked-orders": { classification: "live", bucket: "acme-analytics", prefix: "masked/orders/" },
  },
};
const movedMaskedOrders: Settings = {
  datasets: {
    ...SETTINGS_INPUT.datasets,
    "masked-orders": { classification: "masked", bucket: "acme-exports", prefix: "orders/" },
  },
};
const rows: Row[] = [
  [
    "repository added",
    keep,
    (e) => e.lanes.code?.repositories.push({ name: "billing" }),
    [{ kind: "added", lane: "code", message: "repository billing added with pull" }],
  ],
  [
    "repository removed",
    keep,
    (e) => Object.assign(e.lanes, { code: undefined }),
    [{ kind: "removed", lane: "code", message: "repository storefront removed" }],
  ],
  [
    "permission raised",
    (e) => Object.assign(e.lanes, { code: { repositories: [{ name: "storefront", permission: "pull" }] } }),
    keep,
    [{ kind: "widened", lane: "code", message: "repository storefront: push instead of pull" }],
  ],
  [
    "permission lowered",
    keep,
    (e) => Object.assign(e.lanes, { code: { repositories: [{ name: "storefront", permission: "triage" }] } }),
    [{ kind: "narrowed", lane: "code", message: "repository storefront: triage instead of push" }],
  ],
  [
    "live dataset added",
    keep,
    (e) => e.lanes.data?.datasets.push("live-orders"),
    [{ kind: "added", lane: "data", message: "live dataset live-orders added" }],
  ],
  [
    "masked dataset removed",
    keep,
    (e) => Object.assign(e.lanes, { data: undefined }),
    [{ kind: "removed", lane: "data", message: "masked dataset masked-orders removed" }],
  ],
  [
    "dataset reclassified as live in the catalog",
    keep,
    keep,
    [{ kind: "widened", lane: "data", message: "dataset masked-orders is live instead of masked" }],
    liveMaskedOrders,
  ],
  [
    "dataset moved in the catalog",
    keep,
    keep,
    [
      {
        kind: "changed",
        lane: "data",
        message: "dataset masked-orders reads s3://acme-exports/orders/ instead of s3://acme-analytics/masked/orders/",
      },
    ],
    movedMaskedOrders,
  ],
];

testChangeRows(rows);
