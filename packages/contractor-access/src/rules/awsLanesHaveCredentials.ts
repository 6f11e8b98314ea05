import { engagementRule } from "./rule";

const LIST = new Intl.ListFormat("en", { type: "conjunction" });

/**
 * An engagement that grants AWS access (data, production or shared secrets)
 * turns on `aws.console` or `aws.accessKeys`. Under `identity:
 * identity-center` the access portal is the way in, so nothing is needed.
 */
export const awsLanesHaveCredentials = engagementRule(
  "awsLanesHaveCredentials",
  "An engagement that grants AWS access (data, production or shared secrets) turns on aws.console or aws.accessKeys (under identity-center the access portal is the way in).",
  ({ lanes, sharedSecrets, aws }, settings) => {
    if (settings.identity === "identity-center") return [];
    const grants = [
      lanes.data && "the data lane",
      lanes.production && "the production lane",
      sharedSecrets.length > 0 && "shared secrets",
    ].filter((grant): grant is string => typeof grant === "string");
    if (grants.length === 0 || aws.console || aws.accessKeys) return [];
    return [
      {
        path: ["aws"],
        message: `the engagement grants ${LIST.format(grants)} in AWS but aws.console and aws.accessKeys are both false, so the contractor gets an identity and no way to use it; set aws.console: true for the web console or aws.accessKeys: true for the CLI`,
      },
    ];
  },
);
