#!/usr/bin/env node
// The `contractor-access` executable: main() on the process's own streams and environment.
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode rather than exit(): stdout may still be flushing a large plan.
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a defect in the library itself reaches here; user input never does.
    // 70 is EX_SOFTWARE, apart from the documented 0, 1 and 2.
    console.error(`contractor-access: internal error: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 70;
  },
);
