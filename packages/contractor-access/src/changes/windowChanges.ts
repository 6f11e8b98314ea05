import { formatBoundary, formatDuration, formatShift, formatWindow } from "../dates/formatWindow";
import type { ResolvedWindow } from "../dates/resolveWindow";
import type { AccessPlan } from "../lanes/accessPlan";
import type { AccessChange } from "./accessChange";

type Change = Omit<AccessChange, "engagement">;

/** A window and the timezone its calendar dates are shown in. */
export interface ZonedWindow {
  readonly window: ResolvedWindow;
  readonly timeZone: string;
}

function boundaryChange(edge: "start" | "end", base: ZonedWindow, head: ZonedWindow): Change | undefined {
  const before = base.window[edge];
  const after = head.window[edge];
  if (before.getTime() === after.getTime()) return undefined;
  // An earlier start or a later end grants more time.
  const longer = edge === "start" ? after < before : after > before;
  const verb = edge === "start" ? "starts" : "ends";
  const kind = longer ? "extended" : "shortened";
  const shift = formatShift({ before, after, edge, timeZone: head.timeZone });
  return {
    kind,
    lane: "window",
    message: `window ${kind}: ${verb} ${formatBoundary(after, edge, head.timeZone)} instead of ${formatBoundary(before, edge, base.timeZone)} (${shift})`,
  };
}

/**
 * The changes to an engagement's own window: one for its start and one for
 * its end, each `extended` when it grants more time and `shortened` when less.
 *
 * @example
 * engagementWindowChanges(basePlan, headPlan);
 * // [{ kind: "extended", lane: "window", message: "window extended: ends 2026-12-05 instead of 2026-11-28 (+7 days)" }]
 */
export function engagementWindowChanges(base: AccessPlan, head: AccessPlan): Change[] {
  return (["start", "end"] as const)
    .map((edge) => boundaryChange(edge, base, head))
    .filter((change): change is Change => change !== undefined);
}

function contains(outer: ResolvedWindow, inner: ResolvedWindow): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function length(window: ResolvedWindow): number {
  return window.end.getTime() - window.start.getTime();
}

/**
 * The change to a production window, as one entry: `extended` when the new
 * window covers the old one, `shortened` when the old one covers the new
 * one, and `changed` when it moved to other hours.
 *
 * @example
 * productionWindowChange(base, head)?.message;
 * // "production window extended: 2026-11-27T14:00:00Z to 2026-11-27T18:00:00Z instead of 2026-11-27T14:00:00Z to 2026-11-27T16:00:00Z (+2 hours)"
 */
export function productionWindowChange(base: ZonedWindow, head: ZonedWindow): Change | undefined {
  const [before, after] = [base.window, head.window];
  if (before.start.getTime() === after.start.getTime() && before.end.getTime() === after.end.getTime()) {
    return undefined;
  }
  const range = `${formatWindow(after, head.timeZone)} instead of ${formatWindow(before, base.timeZone)}`;
  const gained = length(after) - length(before);
  const difference = `${gained < 0 ? "-" : "+"}${formatDuration(Math.abs(gained))}`;
  if (contains(after, before)) {
    return { kind: "extended", lane: "production", message: `production window extended: ${range} (${difference})` };
  }
  if (contains(before, after)) {
    return { kind: "shortened", lane: "production", message: `production window shortened: ${range} (${difference})` };
  }
  return { kind: "changed", lane: "production", message: `production window moved: ${range}` };
}
