import type { EngagementInput } from "../engagement/engagementTypes";
import { keep, type Row, testChangeRows } from "./changeRows.testing";

const production = (e: EngagementInput) => e.lanes.production as NonNullable<EngagementInput["lanes"]["production"]>;
const rows: Row[] = [
  [
    "production added",
    (e) => Object.assign(e.lanes, { production: undefined }),
    keep,
    [
      {
        kind: "added",
        lane: "production",
        message:
          "production added: read from 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z, approved by cto@acme.example (SHOP-1430)",
      },
    ],
  ],
  [
    "production removed",
    keep,
    (e) => Object.assign(e.lanes, { production: undefined }),
    [{ kind: "removed", lane: "production", message: "production access removed" }],
  ],
  [
    "a window to on call: the mode first, then the window that now spans the engagement",
    keep,
    (e) => Object.assign(production(e), { mode: "on-call", window: undefined }),
    [
      {
        kind: "widened",
        lane: "production",
        message:
          "production mode: on-call instead of window (standing emergency access, at any time inside the engagement window)",
      },
      {
        kind: "extended",
        lane: "production",
        message:
          "production window extended: 2026-11-24 to 2026-11-28 instead of 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z (+118 hours)",
      },
    ],
  ],
  [
    "read to operate",
    keep,
    (e) => Object.assign(production(e), { access: "operate" }),
    [{ kind: "widened", lane: "production", message: "production access: operate instead of read" }],
  ],
  [
    "operate to read",
    (e) => Object.assign(production(e), { access: "operate" }),
    keep,
    [{ kind: "narrowed", lane: "production", message: "production access: read instead of operate" }],
  ],
  [
    "production window extended",
    keep,
    (e) => Object.assign(production(e).window ?? {}, { end: "2026-11-27T18:00:00Z" }),
    [
      {
        kind: "extended",
        lane: "production",
        message:
          "production window extended: 2026-11-27T14:00:00Z to 2026-11-27T18:00:00Z instead of 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z (+2 hours)",
      },
    ],
  ],
  [
    "production window shortened",
    keep,
    (e) => Object.assign(production(e).window ?? {}, { start: "2026-11-27T15:30:00Z" }),
    [
      {
        kind: "shortened",
        lane: "production",
        message:
          "production window shortened: 2026-11-27T15:30:00Z to 2026-11-27T16:00:00Z instead of 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z (-90 minutes)",
      },
    ],
  ],
  [
    "production window moved",
    keep,
    (e) => Object.assign(production(e), { window: { start: "2026-11-28T14:00:00Z", end: "2026-11-28T16:00:00Z" } }),
    [
      {
        kind: "changed",
        lane: "production",
        message:
          "production window moved: 2026-11-28T14:00:00Z to 2026-11-28T16:00:00Z instead of 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z",
      },
    ],
  ],
  [
    "approver and approval",
    keep,
    (e) => Object.assign(production(e), { approvedBy: "cfo@acme.example", approval: "SHOP-1431" }),
    [
      {
        kind: "changed",
        lane: "production",
        message: "production approver changed: cfo@acme.example instead of cto@acme.example",
      },
      {
        kind: "changed",
        lane: "production",
        message: "production approval reference changed: SHOP-1431 instead of SHOP-1430",
      },
    ],
  ],
];

testChangeRows(rows);
