export { accessEnd, ledgerApprovals } from "./approvalsAndEnd";
export { ledgerEventKind } from "./eventKind";
export type { AccessEnd, AccessEndReason, LedgerApprovals, LedgerEvent, LedgerEventKind } from "./ledgerEvent";
export { type LedgerOptions, type LedgerResult, readLedger } from "./readLedger";
export { type LedgerFormat, renderLedger } from "./renderLedger";
export { type EngagementVersion, type HistorySource, replayHistory } from "./replayHistory";
