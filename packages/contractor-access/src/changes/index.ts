export { ACCESS_CHANGE_LANES, type AccessChange, type AccessChangeKind, type AccessChangeLane } from "./accessChange";
export { accessChanges } from "./accessChanges";
