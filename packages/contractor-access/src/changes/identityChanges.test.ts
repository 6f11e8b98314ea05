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
    "the Identity Store user the engagement adopts",
    keep,
    (e) => Object.assign(e.contractor, { identityCenterUserId: "9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678" }),
    [
      {
        kind: "changed",
        lane: "engagement",
        message:
          "contractor Identity Store user changed: 9067d8b2a1-4a5b6c7d-1234-5678-9abc-def012345678 instead of none (the stack's own)",
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
