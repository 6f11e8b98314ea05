export { type BaseInput, readBaseInput } from "./readBaseInput";
