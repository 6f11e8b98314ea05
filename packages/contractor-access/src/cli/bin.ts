#!/usr/bin/env node
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a defect in the library itself reaches here; user input never does.
    console.error(`contractor-access: internal error: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 70;
  },
);
