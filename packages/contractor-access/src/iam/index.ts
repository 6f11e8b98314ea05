export { mfaSelfServiceStatements } from "./mfaSelfServiceStatements";
export { type PolicyCondition, type PolicyDocument, type PolicyStatement, policyDocument } from "./policyDocument";
export { windowDenyStatements } from "./windowDenyStatements";
