import { keep, type Row, testChangeRows } from "./changeRows.testing";

const ROWS: Row[] = [
  [
    "end later, past the first-week review's deadline, which now ends access first",
    keep,
    (e) => Object.assign(e.window, { end: "2026-12-05" }),
    [
      { kind: "extended", lane: "window", message: "window extended: ends 2026-12-05 instead of 2026-11-28 (+7 days)" },
      {
        kind: "extended",
        lane: "window",
        message:
          "access ends 2026-12-04 23:59 (first-week review due 2026-12-01 not recorded) instead of 2026-11-28 23:59 (window ended)",
      },
    ],
  ],
  [
    "end earlier",
    keep,
    (e) => Object.assign(e.window, { end: "2026-11-26" }),
    [
      {
        kind: "shortened",
        lane: "window",
        message: "window shortened: ends 2026-11-26 instead of 2026-11-28 (-2 days)",
      },
    ],
  ],
  [
    "start earlier",
    keep,
    (e) => Object.assign(e.window, { start: "2026-11-20" }),
    [
      {
        kind: "extended",
        lane: "window",
        message: "window extended: starts 2026-11-20 instead of 2026-11-24 (+4 days)",
      },
    ],
  ],
  [
    "start later",
    keep,
    (e) => Object.assign(e.window, { start: "2026-11-25" }),
    [
      {
        kind: "shortened",
        lane: "window",
        message: "window shortened: starts 2026-11-25 instead of 2026-11-24 (-1 day)",
      },
    ],
  ],
  [
    "end at an instant within the last day",
    keep,
    (e) => Object.assign(e.window, { end: "2026-11-28T12:00:00Z" }),
    [
      {
        kind: "shortened",
        lane: "window",
        message: "window shortened: ends 2026-11-28T12:00:00Z instead of 2026-11-28 (-12 hours)",
      },
    ],
  ],
  [
    "both ends, start first",
    keep,
    (e) => Object.assign(e, { window: { start: "2026-11-25", end: "2026-11-30" } }),
    [
      {
        kind: "shortened",
        lane: "window",
        message: "window shortened: starts 2026-11-25 instead of 2026-11-24 (-1 day)",
      },
      { kind: "extended", lane: "window", message: "window extended: ends 2026-11-30 instead of 2026-11-28 (+2 days)" },
    ],
  ],
];

testChangeRows(ROWS);
