import { keep, type Row, testChangeRows } from "./changeRows.testing";

const ROWS: Row[] = [
  [
    "contractor email",
    keep,
    (e) => Object.assign(e.contractor, { email: "dana@kim.example" }),
    [
      {
        kind: "changed",
        lane: "engagement",
        message: "contractor email changed: dana@kim.example instead of dana@freelance.example",
      },
    ],
  ],
  [
    "contractor GitHub username",
    keep,
    (e) => Object.assign(e.contractor, { github: "dana-kim" }),
    [
      {
        kind: "changed",
        lane: "engagement",
        message: "contractor GitHub username changed: dana-kim instead of dana-codes",
      },
    ],
  ],
  [
    "owner",
    keep,
    (e) => Object.assign(e, { owner: { name: "Sam Okafor", email: "sam@acme.example" } }),
    [
      {
        kind: "changed",
        lane: "engagement",
        message: "owner changed: Sam Okafor <sam@acme.example> instead of Priya Raman <priya@acme.example>",
      },
    ],
  ],
];

testChangeRows(ROWS);
