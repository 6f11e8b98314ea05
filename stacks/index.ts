// The stack program. It is this one call on purpose: `contractor-access plan`
// runs the same function under Pulumi's mock engine, so the review shows
// exactly what `pulumi up` declares.
import { join } from "node:path";
import { contractorAccessProgram } from "contractor-access";

export = contractorAccessProgram({ engagementsDir: join(__dirname, "engagements") });
