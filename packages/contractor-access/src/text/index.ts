export { compareText } from "./compareText";
export { plural } from "./plural";
