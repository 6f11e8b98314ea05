import { PolicyPack } from "@pulumi/policy";
import { allPolicies } from "./src/rules";

// The only file that constructs the pack: `new PolicyPack` starts the gRPC server the Pulumi CLI talks to.
new PolicyPack("contractor-access", { policies: allPolicies });
