export { ACCESS_CHANGE_LANES, type AccessChange, type AccessChangeKind, type AccessChangeLane } from "./accessChange";
export { accessChanges } from "./accessChanges";
export { formatBoundary, formatWindow } from "../dates/formatWindow";
export { type BaseInput, readBaseInput } from "../git/readBaseInput";
